package org.sandtray.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sandtray [--library DIR] COMMAND}: the root of the command line. */
@Command(name = "sandtray", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Sandtray Recorder: records sand-tray sessions turn by turn. With no command, opens the desktop window.",
        subcommands = {InitCommand.class, StudentCommand.class, GroupCommand.class, SessionCommand.class,
                FigureCommand.class, StillCommand.class, TurnCommand.class, PlaceCommand.class, MoveCommand.class,
                RemoveCommand.class, TimelineCommand.class, ReplayCommand.class, StatsCommand.class, CheckCommand.class, SalvageCommand.class, CamerasCommand.class, CaptureCommand.class, TrayCommand.class, DemoCommand.class,
                ExportCommand.class, AuditCommand.class, WindowCommand.class,
                PassphraseCommand.class, EncryptCommand.class, BackupCommand.class, RestoreCommand.class})
public final class SandtrayCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR",
            description = "The library folder (default: $SANDTRAY_LIBRARY, else SandtrayLibrary in your home folder; in Documents on Windows).")
    Path library;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "An encrypted library's passphrase: the first line of FILE (else $SANDTRAY_PASSPHRASE, else asked on the console).")
    Path passphraseFile;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            description = "Open an encrypted library with its recovery key (the first line of FILE) instead of the passphrase.")
    Path recoveryKeyFile;

    @Option(names = "--debug", description = "Show stack traces and debug logging.")
    boolean debug;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the window (default: the system's, Chinese or English).")
    String language;

    @Option(names = "--source", paramLabel = "SPEC", description = "Camera of the window: webcam, device:/dev/videoN, file:PATH or demo.")
    String source;

    private final DesktopOpener desktop;

    public SandtrayCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return openWindow(WindowStart.HOME);
    }

    /** Opens the desktop window at a start place (the {@code window} command's deep links). */
    int openWindow(WindowStart start) {
        return desktop.open(LibraryLocation.resolve(library), language, source, start);
    }

    /** Opens the desktop window on a library; returns the exit code when the window closes. */
    @FunctionalInterface
    public interface DesktopOpener {
        int open(Path library, String language, String source);

        /** Opens the window at a pupil's year or a session's replay; an opener that knows no such places opens home. */
        default int open(Path library, String language, String source, WindowStart start) {
            return open(library, language, source);
        }
    }

    Path libraryFolder() {
        return LibraryLocation.resolve(library);
    }

    /** Builds the command line with error handling: messages, not stack traces, and exit codes 0, 1, 2. */
    public static CommandLine commandLine(DesktopOpener desktop) {
        SandtrayCommand root = new SandtrayCommand(desktop);
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler(new Failure(root));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAllowSubcommandsAsOptionParameters(true); // --source demo names the demo camera, not the demo command
        return cl;
    }

    boolean debug() { return debug; }

    /** The command line's words in the language asked for with --lang, else the system's. */
    CliText text() { return CliText.of(language); }
}
