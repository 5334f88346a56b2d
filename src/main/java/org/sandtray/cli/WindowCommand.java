package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.library.Library;
import org.sandtray.review.Replay;
import org.sandtray.review.SessionHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code window --student CODE} opens the window on the pupil's year; {@code window --session ID
 * [--turn N]} on the session's replay at turn N. The pupil, the session and the turn are checked
 * first (a clear error and exit 1, no window), then the library is closed and the window opens it.
 * An encrypted library is checked with the passphrase given by a file or the environment; with
 * none, the window asks for it and checks the start itself.
 */
@Command(name = "window", description = {"Open the desktop window on a pupil's year or a session's replay.",
        "With neither option it opens home, as the program does with no command.",
        "The pupil, the session and the turn are checked first: one that is not there is an error (exit 1) and no "
                + "window opens. A session recorded without turns counts its stills instead."})
final class WindowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--student", paramLabel = "CODE", description = "Open this pupil's year (this school year).") String student;
    @Option(names = "--session", paramLabel = "ID", description = "Open this session's replay.") Long session;
    @Option(names = "--turn", paramLabel = "N", description = "With --session: open the replay at the N-th turn (from 1, as replay lists them).")
    Integer turn;

    @Override
    public Integer call() {
        SandtrayCommand root = (SandtrayCommand) spec.root().userObject();
        if (student != null && session != null) throw usage(root, "window.oneStart");
        if (turn != null && session == null) throw usage(root, "window.turnNeedsSession");
        WindowStart start = new WindowStart(student, session, turn);
        if (start.home()) return root.openWindow(start); // the window itself offers to create a missing library
        Path folder = root.libraryFolder();
        org.sandtray.library.Secret secret = null;
        if (Library.isEncrypted(folder)) {
            secret = new Credentials(root).givenForOpening();
            // none given: the window asks for the passphrase in its dialog, then opens the start itself
            // (home with a note when the pupil or the session is not there)
            if (secret == null) return root.openWindow(start);
        }
        try (Library library = Library.open(folder, "cli window", secret)) {
            if (student != null) library.students().require(student);
            if (session != null) {
                int steps = Replay.of(SessionHistory.load(library, session)).size();
                if (turn != null && (turn < 1 || turn > steps)) throw new CommandFailed("review.stepOutside", turn, steps);
            }
        }
        return root.openWindow(start);
    }

    private CommandLine.ParameterException usage(SandtrayCommand root, String key) {
        return new CommandLine.ParameterException(spec.commandLine(), root.text().problem(Problem.of(key)));
    }
}
