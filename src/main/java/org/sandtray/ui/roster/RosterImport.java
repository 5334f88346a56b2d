package org.sandtray.ui.roster;

import org.sandtray.library.Library;
import org.sandtray.library.StudentCsv;
import org.sandtray.library.Students;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Importing a roster from the Students screen: read, checked and stored on a worker thread (a
 * school's roster can be long, the disk slow), then said in a line: how many were imported, or every
 * bad row with nothing imported. A plain class: tested without a screen.
 */
public final class RosterImport {
    private final Library library;
    private final Messages messages;
    private final Background background;

    public RosterImport(Library library, Messages messages, Background background) {
        this.library = library;
        this.messages = messages;
        this.background = background;
    }

    /**
     * @param notes    where the outcome is said (a done notice, or a note listing the bad rows)
     * @param failures where a real failure goes (the red dialog in the window)
     * @param finished called on the UI thread when the import is over, whatever its outcome
     */
    public void start(Path file, Consumer<Notice> notes, Consumer<Throwable> failures, Runnable finished) {
        background.task(messages.get("task.roster", file.getFileName()), progress -> {
            // the command line's reader: UTF-8 or GBK, Chinese headers; known codes update their students
            StudentCsv.Result result = StudentCsv.read(file, LocalDate.now());
            Students.ImportSummary done = result.problems().isEmpty() ? library.students().importRoster(result.students()) : null;
            return new Outcome(result, done);
        }, outcome -> {
            if (outcome.done() == null) {
                var problems = outcome.read().problems();
                notes.accept(Notice.note(messages.get("students.badRows", problems.size()) + "\n"
                        + problems.stream().map(p -> p.problem().render(messages.locale())).collect(Collectors.joining("\n"))));
            } else {
                Students.ImportSummary d = outcome.done();
                notes.accept(Notice.done(messages.get("students.imported", d.added(), d.updated(), d.unchanged()), null));
            }
            finished.run();
        }, error -> {
            Alerts.route(messages, error, notes, failures);
            finished.run();
        });
    }

    private record Outcome(StudentCsv.Result read, Students.ImportSummary done) {}
}
