package org.sandtray.capture;

import java.util.Locale;

/** The operating system, as far as cameras and files care: each has its own FFmpeg device input. */
public enum Platform {
    LINUX, WINDOWS, MAC, OTHER;

    public static Platform current() {
        return of(System.getProperty("os.name", ""));
    }

    static Platform of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("linux")) return LINUX;
        if (os.startsWith("windows")) return WINDOWS;
        if (os.contains("mac") || os.contains("darwin")) return MAC;
        return OTHER;
    }
}
