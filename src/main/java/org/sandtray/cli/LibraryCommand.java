package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that works on the library: opens (and locks) it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        SandtrayCommand root = (SandtrayCommand) spec.root().userObject();
        try (Library library = Library.open(root.libraryFolder(), "cli " + spec.qualifiedName(" ").replace("sandtray ", ""))) {
            return run(library);
        }
    }

    abstract int run(Library library) throws Exception;

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    Output output() { return new Output(out()); }
}
