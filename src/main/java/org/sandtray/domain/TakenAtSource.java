package org.sandtray.domain;

import java.util.Locale;

/**
 * Which clock a still's time comes from: the program's own camera at capture, the photo's EXIF
 * DateTimeOriginal (a phone or camera's clock when the shutter fired), or the file's modification
 * time (what is left when a photo carries no EXIF time; copying can change it).
 */
public enum TakenAtSource {
    CAMERA, EXIF, FILE;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static TakenAtSource fromCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
