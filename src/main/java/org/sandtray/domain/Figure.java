package org.sandtray.domain;

/** A miniature in the club's catalogue. At least one of the two names is set. */
public record Figure(long id, String nameZh, String nameEn, Category category, String subtype,
                     String photoHash) {

    /** The name to show in the given language, falling back to the other one. */
    public String displayName(boolean chinese) {
        if (chinese) return nameZh != null ? nameZh : nameEn;
        return nameEn != null ? nameEn : nameZh;
    }
}
