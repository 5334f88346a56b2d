package org.sandtray.cli;

import org.sandtray.library.Library;
import org.sandtray.library.LibraryCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code check}: database integrity and every still file; exit 1 if anything is wrong. A damaged library is checked too. */
@Command(name = "check", description = "Check the database and every still file (missing, altered, orphan); exit 1 on any problem. "
        + "A damaged database is checked too: every problem found is listed.")
final class CheckCommand extends LibraryCommand {
    @Option(names = "--quick", description = "Compare file sizes instead of re-reading every file's hash.")
    boolean quick;

    @Option(names = "--repair", description = "Move still files that no still names (orphans) to the library's quarantine folder, then check again. Nothing is deleted.")
    boolean repair;

    @Override
    Library openLibrary(Path folder, String openedBy) {
        return Library.openEvenIfDamaged(folder, openedBy);
    }

    @Override
    int run(Library library) {
        if (repair) {
            LibraryCheck.Repair done = library.check().repair();
            if (!done.quarantined().isEmpty()) {
                library.audit().record("repair", done.quarantined().size() + " orphan still files moved to quarantine");
                say("check.quarantined", done.quarantined().size(), done.quarantined().get(0).getParent());
            }
        }
        LibraryCheck.Report report = library.check().run(!quick);
        if (!library.damaged()) library.audit().record("check", report.ok() ? "ok" : report.problems().size() + " problems");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", report.ok());
        m.put("stills_checked", report.stillsChecked());
        m.put("files", report.filesListed());
        m.put("rehashed", report.rehashed());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (LibraryCheck.Problem p : report.problems()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("kind", p.kind());
            j.put("detail", p.detail());
            problems.add(j);
        }
        m.put("problems", problems);
        output().json(m);
        if (report.ok()) {
            say("check.sound", report.stillsChecked());
            return 0;
        }
        for (LibraryCheck.Problem p : report.problems()) say("check.problem", root().text().problem(p.what()));
        if (library.damaged()) say("check.damagedAdvice", library.folder());
        else if (!report.of(LibraryCheck.ORPHAN).isEmpty()) say("check.orphanAdvice");
        return 1;
    }
}
