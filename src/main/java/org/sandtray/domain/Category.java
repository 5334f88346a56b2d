package org.sandtray.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Miniature categories, following the Chinese counseling-room kit list with the categories
 * practitioners add (fences and boundaries, spiritual, fantasy).
 */
public enum Category {
    PEOPLE("people", "人物", "People"),
    ANIMALS("animals", "动物", "Animals"),
    PLANTS("plants", "植物", "Plants"),
    BUILDINGS("buildings", "建筑", "Buildings"),
    HOUSEHOLD("household", "家居与生活用品", "Household and daily objects"),
    VEHICLES("vehicles", "交通", "Vehicles"),
    FOOD("food", "食物果实", "Food and fruit"),
    STONES_SHELLS("stones_shells", "石头贝壳", "Stones and shells"),
    LANDSCAPE("landscape", "景观与场景", "Landscape and scenery"),
    FENCES("fences", "围栏与边界", "Fences and boundaries"),
    SPIRITUAL("spiritual", "宗教", "Spiritual and religious"),
    FANTASY("fantasy", "幻想", "Fantasy"),
    OTHER("other", "其他", "Other");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Category(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The stable code stored in the library and written in CSV files. */
    public String code() { return code; }

    public String nameZh() { return nameZh; }

    public String nameEn() { return nameEn; }

    /** Accepts the code, the English name or the Chinese name, ignoring case. */
    public static Optional<Category> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        return Arrays.stream(values())
                .filter(c -> c.code.equalsIgnoreCase(t) || c.nameEn.equalsIgnoreCase(t) || c.nameZh.equals(t)
                        || c.name().equalsIgnoreCase(t.replace(' ', '_').toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    private static final java.util.Map<String, Category> BY_CODE = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Category::code, c -> c));

    /** The category of a stored code (as the library writes it), or OTHER for a code this program does not know. */
    public static Category fromCode(String code) {
        Category c = code == null ? null : BY_CODE.get(code);
        return c != null ? c : parse(code).orElse(OTHER);
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Category::code).toList());
    }
}
