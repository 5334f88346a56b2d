package org.sandtray.domain;

import java.util.Locale;
import java.util.Optional;

/** What a member does with one turn in restricted group sandplay. */
public enum TurnAction {
    PLACE("place", "放置沙具", "Place figure"),
    SET("set", "放置一组", "Place set"),
    SAND("sand", "动沙", "Sand action"),
    MOVE("move", "移动沙具", "Move figure"),
    PASS("pass", "跳过", "Pass"),
    ADJUST("adjust", "最后调整", "Final adjustment");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    TurnAction(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() { return code; }

    public String nameZh() { return nameZh; }

    public String nameEn() { return nameEn; }

    /** Whether this action puts new figures into the tray. */
    public boolean addsFigures() { return this == PLACE || this == SET; }

    public static Optional<TurnAction> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (TurnAction a : values()) if (a.code.equals(t) || a.nameZh.equals(t)) return Optional.of(a);
        return Optional.empty();
    }
}
