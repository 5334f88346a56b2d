package org.sandtray.cli;

import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.timeline.StudentTimeline;
import org.sandtray.timeline.TimelineEntry;
import org.sandtray.timeline.TimelineSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code timeline --student CODE}: one student across every session they were in. */
@Command(name = "timeline", description = {"Follow one student across sessions: turns and placements in order, "
        + "each placement with the stills where it is seen."})
final class TimelineCommand extends LibraryCommand {
    @Option(names = "--student", required = true, paramLabel = "CODE") String student;
    @Mixin DateRangeOptions dates;
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json.") Output.Format format;

    @Override
    int run(Library library) {
        var range = dates.range();
        List<TimelineSession> sessions = new StudentTimeline(library).of(student, range.from(), range.to());
        List<List<String>> rows = new ArrayList<>();
        for (TimelineSession s : sessions) {
            if (s.entries().isEmpty()) {
                rows.add(List.of(String.valueOf(s.sessionId()), s.startedAt().toString().substring(0, 10), who(s),
                        StudentCommand.nz(s.title()), "", "", "", "", "", "", "", "", ""));
            }
            for (TimelineEntry e : s.entries()) {
                rows.add(List.of(String.valueOf(s.sessionId()), s.startedAt().toString().substring(0, 10), who(s),
                        StudentCommand.nz(s.title()), e.round() == null ? "" : e.round().toString(),
                        e.orderInRound() == null ? "" : e.orderInRound().toString(),
                        e.action() == null ? "" : e.action().code(), StudentCommand.nz(e.figure()),
                        e.category() == null ? "" : e.category().code(), point(e.position()),
                        e.zone() == null ? "" : e.zone().code(),
                        e.removed() ? "removed" : e.moved() ? "moved to " + point(e.finalPosition()) : "",
                        String.join(" ", e.still().stream().map(String::valueOf).toList())));
            }
        }
        output().rows(format, List.of("session", "date", "group", "title", "round", "turn", "action", "figure", "category",
                "position", "zone", "later", "still"), rows, sessions);
        return 0;
    }

    private static String who(TimelineSession s) {
        return s.groupName() != null ? s.groupName() : "(individual)";
    }

    static String point(TrayPoint p) {
        return p == null ? "" : String.format(Locale.ROOT, "%.3f %.3f", p.x(), p.y());
    }
}
