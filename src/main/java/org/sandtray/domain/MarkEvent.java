package org.sandtray.domain;

/** What a mark on a still says about a placement: placed there, moved there, seen there, or removed. */
public enum MarkEvent {
    PLACED, MOVED, SEEN, REMOVED;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static MarkEvent fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
