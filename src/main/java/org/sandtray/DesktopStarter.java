package org.sandtray;

import java.nio.file.Path;

/** Starts the desktop window on a library. */
final class DesktopStarter {
    private DesktopStarter() {}

    static int open(Path library) {
        System.err.println("The desktop window is not built yet (issue 4). Library: " + library);
        System.err.println("Use the commands meanwhile: java -jar target/sandtray.jar --help");
        return 1;
    }
}
