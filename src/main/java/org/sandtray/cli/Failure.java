package org.sandtray.cli;

import org.sandtray.domain.Explained;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an exception into a message on stderr, in the user's language, and exit 1; the stack
 * trace only with --debug. A fault the program did not expect is named as such, without Java's
 * class names, and logged in full.
 */
final class Failure implements CommandLine.IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(Failure.class);
    private final SandtrayCommand root;

    Failure(SandtrayCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        CliText text = root.text();
        Explained explained = explained(e);
        if (explained != null) {
            err.println(text.get("error", explained.problem()));
            if (explained instanceof CommandFailed failed) {
                for (var line : failed.details()) err.println("  " + text.problem(line));
            }
        } else {
            log.error("unexpected fault in {}", parseResult.originalArgs(), e);
            err.println(text.get("error.unexpected", e.getMessage() == null ? "" : e.getMessage()));
        }
        if (root.debug()) e.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static Explained explained(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Explained x) return x;
        }
        return null;
    }
}
