package org.sandtray.export;

import org.sandtray.domain.Category;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One student across the exported sessions, as the case pack shows it: the figures they placed
 * and the categories those belong to, session by session, and where in the tray they put them
 * (a 3x3 heatmap of the zones where each figure was first set down). Computed from the export's
 * source alone, so a fuller history (replay state per turn, stats) can replace it in one place.
 */
public record StudentSummary(String studentCode, List<SessionLine> sessions, int[] zones, Map<Category, Integer> categoryTotals,
                             int figureTotal) {

    /** One session of the student: what they placed, and how many of each category. */
    public record SessionLine(long sessionId, LocalDate day, List<String> figures, Map<Category, Integer> categories) {}

    public static StudentSummary of(ExportSource source, String code, boolean chinese) {
        List<SessionLine> lines = new ArrayList<>();
        int[] zones = new int[TrayZone.values().length];
        Map<Category, Integer> totals = new EnumMap<>(Category.class);
        int figures = 0;
        for (ExportSource.SessionRecord s : source.sessions()) {
            List<String> names = new ArrayList<>();
            Map<Category, Integer> categories = new EnumMap<>(Category.class);
            for (Placement p : s.placements()) {
                if (!code.equals(p.studentCode())) continue;
                names.add(source.figureName(p.figureId(), p.figureName(), chinese));
                categories.merge(p.category(), 1, Integer::sum);
                totals.merge(p.category(), 1, Integer::sum);
                TrayPoint first = p.firstPosition();
                if (first != null) zones[TrayZone.of(first).ordinal()]++;
                figures++;
            }
            lines.add(new SessionLine(s.session().id(), s.day(), List.copyOf(names), categories));
        }
        return new StudentSummary(code, List.copyOf(lines), zones, totals, figures);
    }

    /** How many figures were first set down in the zone. */
    public int zone(TrayZone zone) {
        return zones[zone.ordinal()];
    }

    public int maxZone() {
        int max = 0;
        for (int z : zones) max = Math.max(max, z);
        return max;
    }
}
