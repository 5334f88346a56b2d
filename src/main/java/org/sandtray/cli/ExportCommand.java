package org.sandtray.cli;

import org.sandtray.export.ExportOptions;
import org.sandtray.export.ExportPart;
import org.sandtray.export.ExportProgress;
import org.sandtray.export.ExportResult;
import org.sandtray.export.ExportScope;
import org.sandtray.export.Exporter;
import org.sandtray.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code export (--session ID | --student CODE [--from D] [--to D]) --out DIR}: stills, the PDF
 * case pack and data files for case discussion, de-identified unless --identifiable.
 */
@Command(name = "export", description = "Export a session or a student's sessions for case discussion: stills, "
        + "a PDF case pack and data files, de-identified unless --identifiable. Prints the files written as JSON.")
final class ExportCommand extends LibraryCommand {

    static final class What {
        @Option(names = "--session", required = true, paramLabel = "ID") Long session;
        @Option(names = "--student", required = true, paramLabel = "CODE") String student;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") What what;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "With --student: the first day.") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "With --student: the last day.") LocalDate to;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.") Path out;
    @Option(names = "--identifiable", description = "Names instead of codes and faces not blurred (needs photo consent; logged).")
    boolean identifiable;
    @Option(names = "--whole-frame", description = "Keep the whole camera frame instead of the tray seen from above.")
    boolean wholeFrame;
    @Option(names = "--only", paramLabel = "stills,pdf,data", description = "Only these parts (default: all three).")
    String only;
    @Option(names = "--case-question", paramLabel = "TEXT", description = "The case question for the PDF's cover.")
    String caseQuestion;

    @Override
    int run(Library library) {
        ExportScope scope = what.session != null ? ExportScope.session(what.session) : ExportScope.student(what.student, from, to);
        ExportOptions options = new ExportOptions(only == null ? null : ExportPart.parse(only), identifiable, wholeFrame,
                root().text().locale(), caseQuestion, null);
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C cancels: the export removes what it had written before the program exits
        Thread onCtrlC = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "export-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        ExportResult result;
        try {
            result = new Exporter(library).export(scope, options, out, new Progress(), cancelled::get);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has seen the export finish
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", result.folder().toString());
        json.put("deidentified", result.deidentified());
        json.put("sessions", result.sessions());
        json.put("stills", result.stills());
        json.put("blurred_regions", result.blurredRegions());
        json.put("files", result.files());
        output().json(json);
        say(result.deidentified() ? "export.done" : "export.doneIdentifiable", result.files().size(), result.folder());
        return 0;
    }

    /** Progress on stderr: each part as it starts, and the stills every tenth of the way. */
    private final class Progress implements ExportProgress {
        private Step last;
        private int lastTenth = -1;

        @Override
        public synchronized void update(int done, int total, Step step) {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (step == last && (step != Step.STILLS || tenth == lastTenth)) return;
            last = step;
            lastTenth = tenth;
            say("export.progress." + step.name().toLowerCase(java.util.Locale.ROOT), done, total);
        }
    }
}
