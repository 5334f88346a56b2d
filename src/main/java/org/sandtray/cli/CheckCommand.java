package org.sandtray.cli;

import org.sandtray.library.Library;
import org.sandtray.library.LibraryCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code check}: database integrity and every still file; exit 1 if anything is wrong. */
@Command(name = "check", description = "Check the database and every still file (missing, altered, orphan); exit 1 on any problem.")
final class CheckCommand extends LibraryCommand {
    @Option(names = "--quick", description = "Compare file sizes instead of re-reading every file's hash.")
    boolean quick;

    @Override
    int run(Library library) {
        LibraryCheck.Report report = library.check().run(!quick);
        library.audit().record("check", report.ok() ? "ok" : report.problems().size() + " problems");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", report.ok());
        m.put("stills_checked", report.stillsChecked());
        m.put("files", report.filesListed());
        m.put("rehashed", report.rehashed());
        m.put("problems", report.problems());
        output().json(m);
        if (report.ok()) {
            say("check.sound", report.stillsChecked());
            return 0;
        }
        for (LibraryCheck.Problem p : report.problems()) say("check.problem", p);
        return 1;
    }
}
