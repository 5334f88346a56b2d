package org.sandtray;

import org.sandtray.ui.SandtrayApp;

import java.nio.file.Path;

/** Starts the desktop window on a library; returns when the window closes. */
final class DesktopStarter {
    private DesktopStarter() {}

    static int open(Path library, String language, String source) {
        SandtrayApp.launchOn(library, language, source);
        return 0;
    }
}
