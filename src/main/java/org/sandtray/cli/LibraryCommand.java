package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that works on the library: opens (and locks) it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        SandtrayCommand root = (SandtrayCommand) spec.root().userObject();
        try (Library library = openLibrary(root.libraryFolder(), "cli " + spec.qualifiedName(" ").replace("sandtray ", ""))) {
            var recovered = library.recovered();
            if (!recovered.nothing()) say("library.recovered", recovered.rolledForward(), recovered.removed());
            return run(library);
        } finally {
            closed();
        }
    }

    /** Called once the library is closed (or failed to open): the command's work is over. */
    void closed() {}

    /** Opens the library; only init creates one, every other command refuses a folder without a library. */
    Library openLibrary(Path folder, String openedBy) {
        return Library.open(folder, openedBy);
    }

    abstract int run(Library library) throws Exception;

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    Output output() { return new Output(out()); }

    /** A message for the user on stderr, in their language. */
    void say(String key, Object... args) {
        err().println(root().text().get(key, args));
    }

    SandtrayCommand root() { return (SandtrayCommand) spec.root().userObject(); }
}
