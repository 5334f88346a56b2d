package org.sandtray.cli;

import java.nio.file.Path;

/** Where the library is: --library, else $SANDTRAY_LIBRARY, else a folder in the user's home. */
public final class LibraryLocation {
    public static final String ENVIRONMENT = "SANDTRAY_LIBRARY";
    public static final String DEFAULT_FOLDER = "SandtrayLibrary";

    private LibraryLocation() {}

    public static Path resolve(Path option) {
        if (option != null) return option.toAbsolutePath();
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath();
        return Path.of(System.getProperty("user.home"), DEFAULT_FOLDER);
    }
}
