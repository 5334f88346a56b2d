package org.sandtray.domain;

/** The tray divided in thirds each way, as counselors describe a spot ("upper right"). */
public enum TrayZone {
    UPPER_LEFT("左上", "upper left"), UPPER("上方", "upper centre"), UPPER_RIGHT("右上", "upper right"),
    LEFT("左侧", "left"), CENTRE("中央", "centre"), RIGHT("右侧", "right"),
    LOWER_LEFT("左下", "lower left"), LOWER("下方", "lower centre"), LOWER_RIGHT("右下", "lower right");

    private final String nameZh;
    private final String nameEn;

    TrayZone(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }

    public String nameEn() { return nameEn; }

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static TrayZone of(TrayPoint p) {
        int col = Math.min(2, (int) (p.x() * 3));
        int row = Math.min(2, (int) (p.y() * 3));
        return values()[row * 3 + col];
    }

    /** Whether a spot lies near the rim rather than in the open: within a tenth of the tray of an edge. */
    public static boolean nearEdge(TrayPoint p) {
        return p.x() < 0.1 || p.x() > 0.9 || p.y() < 0.1 || p.y() > 0.9;
    }
}
