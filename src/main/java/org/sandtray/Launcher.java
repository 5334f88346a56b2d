package org.sandtray;

import org.sandtray.cli.SandtrayCommand;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The program's entry point. It does not extend javafx.application.Application, so the fat jar
 * starts on a plain Java runtime; the desktop window is started from here when no command is given.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        LogSetup.configure(args);
        int code = SandtrayCommand.commandLine(DesktopStarter::open).execute(args);
        System.exit(code);
    }
}
