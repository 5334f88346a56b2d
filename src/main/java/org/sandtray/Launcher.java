package org.sandtray;

import org.sandtray.cli.SandtrayCommand;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The program's entry point. It does not extend javafx.application.Application, so the fat jar
 * starts on a plain Java runtime; the desktop window is started from here when no command is given.
 */
public final class Launcher {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Launcher.class);

    private Launcher() {}

    private static String commandWords(CommandLine.ParseResult parsed) {
        StringBuilder words = new StringBuilder();
        for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            if (words.length() > 0) words.append(' ');
            words.append(p.commandSpec().name());
        }
        return words.length() == 0 ? "window" : words.toString();
    }

    public static void main(String[] args) {
        System.exit(run(args, commandLine -> { }));
    }

    /** Runs the command line; {@code extend} may add commands (the dev source set adds {@code dev}). Returns the exit code. */
    public static int run(String[] args, Consumer<CommandLine> extend) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        // JavaCPP and FFmpeg print "Info: ..." lines on stderr by default; route them to the log
        System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        LogSetup.configure(args);
        CommandLine commandLine = SandtrayCommand.commandLine(new DesktopStarter());
        extend.accept(commandLine);
        commandLine.setExecutionStrategy(parsed -> {
            // the command's words only: its arguments may be names or stories, and the log keeps none
            log.info("{} {}: {} (Java {}, {})", "Sandtray Recorder", Launcher.class.getPackage().getImplementationVersion(),
                    commandWords(parsed), Runtime.version(), System.getProperty("os.name"));
            return new CommandLine.RunLast().execute(parsed);
        });
        // picocli's own writers would encode in the platform charset (ASCII under LANG=C, GBK on a
        // Chinese Windows PC), turning Chinese names into question marks: write UTF-8 like System.out
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }
}
