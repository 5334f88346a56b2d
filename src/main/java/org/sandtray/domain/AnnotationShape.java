package org.sandtray.domain;

/** Shapes of free annotations a counselor draws on a still. */
public enum AnnotationShape {
    POINT, BOX, ELLIPSE, ARROW, TEXT;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static AnnotationShape fromCode(String code) { return valueOf(code.toUpperCase(java.util.Locale.ROOT)); }
}
