package org.sandtray.export;

import org.sandtray.domain.Category;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayZone;
import org.sandtray.review.Replay;
import org.sandtray.review.TrayCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One student across the exported sessions, as the case pack shows it: the figures they placed
 * and the categories those belong to, session by session, and where in the tray their figures
 * stood at the end of each session (a 3x3 heatmap). The counts are the review's
 * ({@link TrayCounts}), so the case pack says what the student's year in the window says.
 */
public record StudentSummary(String studentCode, List<SessionLine> sessions, TrayCounts total) {

    /** One session of the student: what they placed, in the order they placed it, and its counts. */
    public record SessionLine(long sessionId, LocalDate day, List<String> figures, Map<Category, Integer> categories) {}

    public static StudentSummary of(ExportSource source, String code, boolean chinese) {
        List<SessionLine> lines = new ArrayList<>();
        TrayCounts total = TrayCounts.none();
        for (ExportSource.SessionRecord s : source.sessions()) {
            Replay replay = Replay.of(s.history());
            TrayCounts counts = TrayCounts.of(replay, code);
            List<String> names = new ArrayList<>();
            for (Placement p : replay.placementsInOrder()) {
                if (code.equals(p.studentCode())) names.add(source.figureName(p.figureId(), p.figureName(), chinese));
            }
            lines.add(new SessionLine(s.session().id(), s.day(), List.copyOf(names), counts.categories()));
            total = total.plus(counts);
        }
        return new StudentSummary(code, List.copyOf(lines), total);
    }

    public int figureTotal() { return total.figures(); }

    public Map<Category, Integer> categoryTotals() { return total.categories(); }

    /** How many of the student's figures stood in the zone at the end of their sessions. */
    public int zone(TrayZone zone) {
        return total.zones().getOrDefault(zone, 0);
    }
}
