package org.sandtray.domain;

/**
 * A pupil. The code is the pseudonym used everywhere outside the counseling room; the name stays
 * inside the library.
 */
public record Student(long id, String code, String name, String grade, String className,
                      Consent participation, Consent photo) {

    public boolean photosPermitted() {
        return photo != null && photo.permits();
    }
}
