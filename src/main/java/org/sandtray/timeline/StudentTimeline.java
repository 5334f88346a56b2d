package org.sandtray.timeline;

import org.sandtray.domain.Category;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows one student across every session they took part in: their turns and the figures they
 * placed, in order, with where each stood. Reads the library in a handful of indexed queries.
 */
public final class StudentTimeline {
    private final Library library;

    public StudentTimeline(Library library) {
        this.library = library;
    }

    public List<TimelineSession> of(String studentCode) {
        return of(studentCode, null, null);
    }

    /** The sessions that started within the days (local dates, both included; null for open). */
    public List<TimelineSession> of(String studentCode, LocalDate from, LocalDate to) {
        return library.database().read(c -> {
            long studentId = studentId(c, studentCode);
            Map<Long, List<TimelineEntry>> entries = new HashMap<>();
            Map<Long, List<PlacementRow>> placementsByTurn = new HashMap<>();
            Map<Long, List<PlacementRow>> looseBySession = new HashMap<>();
            for (PlacementRow p : placements(c, studentId)) {
                if (p.turnId != null) placementsByTurn.computeIfAbsent(p.turnId, k -> new ArrayList<>()).add(p);
                else looseBySession.computeIfAbsent(p.sessionId, k -> new ArrayList<>()).add(p);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.session_id, t.round, t.order_in_round, t.action, "
                    + "f.name_zh, f.name_en, f.category FROM turns t LEFT JOIN figures f ON f.id = t.figure_id "
                    + "WHERE t.student_id = ? ORDER BY t.session_id, t.round, t.order_in_round")) {
                s.setLong(1, studentId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long turnId = r.getLong(1);
                        long sessionId = r.getLong(2);
                        int round = r.getInt(3);
                        int order = r.getInt(4);
                        TurnAction action = TurnAction.parse(r.getString(5)).orElseThrow();
                        List<TimelineEntry> list = entries.computeIfAbsent(sessionId, k -> new ArrayList<>());
                        List<PlacementRow> placed = placementsByTurn.getOrDefault(turnId, List.of());
                        if (placed.isEmpty()) {
                            String figure = r.getString(6) != null ? r.getString(6) : r.getString(7);
                            list.add(new TimelineEntry(round, order, action, null, figure,
                                    r.getString(8) == null ? null : Category.parse(r.getString(8)).orElse(null),
                                    null, null, null, false, false, false, null, List.of()));
                        }
                        for (PlacementRow p : placed) list.add(p.entry(round, order, action));
                    }
                }
            }
            looseBySession.forEach((sessionId, rows) -> {
                List<TimelineEntry> list = entries.computeIfAbsent(sessionId, k -> new ArrayList<>());
                for (PlacementRow p : rows) list.add(p.entry(p.round, null, null));
            });
            List<TimelineSession> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.group_id, g.name, s.started_at, s.title "
                    + "FROM session_participants sp JOIN sessions s ON s.id = sp.session_id LEFT JOIN groups g ON g.id = s.group_id "
                    + "WHERE sp.student_id = ? ORDER BY s.started_at, s.id")) {
                s.setLong(1, studentId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long sessionId = r.getLong(1);
                        java.time.Instant started = Timestamps.parse(r.getString(4));
                        LocalDate day = LocalDate.ofInstant(started, ZoneId.systemDefault());
                        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) continue;
                        r.getLong(2);
                        SessionKind kind = r.wasNull() ? SessionKind.INDIVIDUAL : SessionKind.GROUP;
                        String title = r.getString(5);
                        out.add(new TimelineSession(sessionId, kind, r.getString(3), started,
                                title == null ? null : library.codec().open(title),
                                List.copyOf(entries.getOrDefault(sessionId, List.of()))));
                    }
                }
            }
            return out;
        });
    }

    private static long studentId(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM students WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new LibraryException("student.notFound", code);
                return r.getLong(1);
            }
        }
    }

    /** A placement of the student with its first and last positions. */
    private record PlacementRow(long id, long sessionId, Long turnId, Integer round, String figure, Category category,
                                TrayPoint first, TrayPoint last, boolean moved, boolean removed, boolean buried,
                                Double facing, List<Long> stills) {
        TimelineEntry entry(Integer round, Integer order, TurnAction action) {
            return new TimelineEntry(round, order, action, id, figure, category, first,
                    first == null ? null : TrayZone.of(first), removed ? null : last, moved, removed, buried, facing, stills);
        }
    }

    private static List<PlacementRow> placements(Connection c, long studentId) throws SQLException {
        Map<Long, TrayPoint[]> positions = new HashMap<>();
        Map<Long, boolean[]> flags = new HashMap<>();
        Map<Long, List<Long>> seenOn = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.placement_id, m.event, m.x, m.y, m.still_id FROM placement_marks m "
                + "JOIN placements p ON p.id = m.placement_id JOIN stills st ON st.id = m.still_id "
                + "WHERE p.student_id = ? ORDER BY m.placement_id, st.taken_at, st.id")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String event = r.getString(2);
                    boolean[] f = flags.computeIfAbsent(id, k -> new boolean[2]);
                    if (event.equals("moved")) f[0] = true;
                    if (event.equals("removed")) {
                        f[1] = true;
                        continue;
                    }
                    seenOn.computeIfAbsent(id, k -> new ArrayList<>()).add(r.getLong(5));
                    TrayPoint at = new TrayPoint(r.getDouble(3), r.getDouble(4));
                    TrayPoint[] p = positions.computeIfAbsent(id, k -> new TrayPoint[2]);
                    if (p[0] == null) p[0] = at;
                    p[1] = at;
                }
            }
        }
        Map<Long, PlacementRow> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.session_id, p.turn_id, t.round, f.name_zh, f.name_en, "
                + "f.category, p.buried, p.facing_deg FROM placements p JOIN figures f ON f.id = p.figure_id "
                + "LEFT JOIN turns t ON t.id = p.turn_id WHERE p.student_id = ? ORDER BY p.session_id, p.id")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    long turn = r.getLong(3);
                    Long turnId = r.wasNull() ? null : turn;
                    int round = r.getInt(4);
                    Integer roundOrNull = r.wasNull() ? null : round;
                    double facing = r.getDouble(9);
                    Double facingOrNull = r.wasNull() ? null : facing;
                    TrayPoint[] p = positions.getOrDefault(id, new TrayPoint[2]);
                    boolean[] f = flags.getOrDefault(id, new boolean[2]);
                    out.put(id, new PlacementRow(id, r.getLong(2), turnId, roundOrNull,
                            r.getString(5) != null ? r.getString(5) : r.getString(6),
                            Category.parse(r.getString(7)).orElse(Category.OTHER), p[0], p[1], f[0], f[1],
                            r.getInt(8) == 1, facingOrNull, List.copyOf(seenOn.getOrDefault(id, List.of()))));
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
