package org.sandtray.domain;

import java.util.Locale;

/** The two languages the program speaks: Simplified Chinese and English. */
public final class Languages {
    private Languages() {}

    /** Chinese when asked for ("zh", "zh_CN", ...) or, when nothing is asked, when the system speaks Chinese; else English. */
    public static Locale choose(String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return supported(Locale.getDefault());
    }

    /** The supported locale closest to the given one. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
