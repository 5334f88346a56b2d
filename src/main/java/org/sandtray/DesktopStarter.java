package org.sandtray;

import org.sandtray.cli.SandtrayCommand;
import org.sandtray.cli.WindowStart;
import org.sandtray.ui.SandtrayApp;

import java.nio.file.Path;

/** Starts the desktop window on a library (at home, a pupil's year or a session's replay); returns when the window closes. */
final class DesktopStarter implements SandtrayCommand.DesktopOpener {

    @Override
    public int open(Path library, String language, String source) {
        return open(library, language, source, WindowStart.HOME);
    }

    @Override
    public int open(Path library, String language, String source, WindowStart start) {
        SandtrayApp.launchOn(library, language, source, start.student(), start.session(), start.turn());
        return 0;
    }
}
