package org.sandtray.cli;

import java.nio.file.Path;

/**
 * Where the library is: --library, else $SANDTRAY_LIBRARY, else SandtrayLibrary in the user's
 * Documents folder on Windows (where a counselor looks for files) or home folder elsewhere.
 */
public final class LibraryLocation {
    public static final String ENVIRONMENT = "SANDTRAY_LIBRARY";
    public static final String DEFAULT_FOLDER = "SandtrayLibrary";

    private LibraryLocation() {}

    public static Path resolve(Path option) {
        if (option != null) return option.toAbsolutePath();
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The folder used when none is named. On Windows the Documents folder is "Documents" on disk in every language (文档 is its display name). */
    static Path defaultFolder(String osName, String home) {
        if (osName.startsWith("Windows")) return Path.of(home, "Documents", DEFAULT_FOLDER);
        return Path.of(home, DEFAULT_FOLDER);
    }
}
