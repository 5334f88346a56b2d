package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryCheck;
import org.sandtray.library.Salvage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code salvage --to DIR}: every readable row and still file of a (damaged) library, copied into a new library. */
@Command(name = "salvage", description = "Copy every row and still file that can be read from this library (damaged or not) into a new "
        + "library in DIR; reports what could not be read. The old library is not changed.")
final class SalvageCommand extends LibraryCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "A new folder for the salvaged library.")
    Path to;

    @Override
    Library openLibrary(Path folder, String openedBy) {
        if (to.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) throw new CommandFailed("salvage.sameFolder");
        return Library.openEvenIfDamaged(folder, openedBy);
    }

    @Override
    int run(Library library) {
        Salvage.Report report = Salvage.copy(library, to, "cli salvage");
        LibraryCheck.Report check;
        try (Library salvaged = Library.open(to, "cli salvage")) {
            check = salvaged.check().run(true);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", report.to().toString());
        m.put("rows", report.copied());
        m.put("still_files", report.filesCopied());
        m.put("files_to_quarantine", report.filesQuarantined());
        m.put("lost", report.lost().stream().map(Problem::english).toList());
        m.put("check_ok", check.ok());
        output().json(m);
        for (Problem p : report.lost()) say("salvage.lost", p);
        say("salvage.done", report.rowsCopied(), report.filesCopied(), report.to(), report.lost().size());
        if (report.filesQuarantined() > 0) say("salvage.quarantined", report.filesQuarantined(), report.to().resolve("quarantine"));
        if (!check.ok()) {
            for (LibraryCheck.Problem p : check.problems()) say("check.problem", p.what());
            return 1;
        }
        return 0;
    }
}
