package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code init}: creates the library folder with its database and the default figure catalogue. */
@Command(name = "init", description = "Create the library (or check that it opens) and print where it is.")
final class InitCommand extends LibraryCommand {
    @Override
    int run(Library library) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("library", library.folder().toString());
        result.put("students", library.students().list().size());
        result.put("figures", library.figures().list().size());
        output().json(result);
        err().println("library ready at " + library.folder());
        return 0;
    }
}
