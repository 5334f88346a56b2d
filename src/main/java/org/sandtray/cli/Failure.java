package org.sandtray.cli;

import org.sandtray.library.LibraryException;
import picocli.CommandLine;

/** Turns an exception into a one-line message on stderr and exit 1; the stack trace only with --debug. */
final class Failure implements CommandLine.IExecutionExceptionHandler {
    private final SandtrayCommand root;

    Failure(SandtrayCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof CommandFailed failed) {
            err.println("error: " + failed.getMessage());
            for (String line : failed.details()) err.println("  " + line);
        } else if (e instanceof LibraryException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (root.debug()) e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
