package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code init}: creates the library (with the default figure catalogue); the only command that creates one. */
@Command(name = "init", description = "Create the library folder with the default figure catalogue (a library already there is left as it is).")
final class InitCommand extends LibraryCommand {
    private boolean existed;

    @Override
    Library openLibrary(Path folder, String openedBy) {
        existed = Library.exists(folder);
        return existed ? Library.open(folder, openedBy) : Library.create(folder, openedBy);
    }

    @Override
    int run(Library library) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("library", library.folder().toString());
        result.put("created", !existed);
        result.put("students", library.students().list().size());
        result.put("figures", library.figures().list().size());
        output().json(result);
        say(existed ? "init.alreadyThere" : "init.ready", library.folder());
        return 0;
    }
}
