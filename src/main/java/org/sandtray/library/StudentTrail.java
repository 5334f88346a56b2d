package org.sandtray.library;

import org.sandtray.domain.Category;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.TurnAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one student did across every session they took part in, as rows read in a handful of
 * indexed queries (the timeline assembles them): their turns, their placements with each mark, and
 * their sessions with the group's name and the title opened through the codec.
 */
public final class StudentTrail {
    /** A turn of the student, with the figure it names. */
    public record TurnRow(long turnId, long sessionId, int round, int orderInRound, TurnAction action, String figure,
                          Category category) {}

    /** One mark of one of the student's placements, in the order the stills were taken; x and y are null when removed. */
    public record MarkRow(long placementId, String event, Double x, Double y, long stillId) {}

    /** A placement of the student. */
    public record PlacementRow(long id, long sessionId, Long turnId, Integer round, String figure, Category category,
                               boolean buried, Double facing) {}

    /** A session the student took part in. */
    public record SessionRow(long sessionId, SessionKind kind, String groupName, Instant startedAt, String title) {}

    /** Everything, read at once. */
    public record Rows(List<TurnRow> turns, List<MarkRow> marks, List<PlacementRow> placements, List<SessionRow> sessions) {}

    private final Database db;
    private final FieldCodec codec;

    StudentTrail(Database db, FieldCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public Rows of(String studentCode) {
        return db.read(c -> {
            long studentId = Students.requireId(c, studentCode);
            return new Rows(turns(c, studentId), marks(c, studentId), placements(c, studentId), sessions(c, studentId));
        });
    }

    private static List<TurnRow> turns(Connection c, long studentId) throws SQLException {
        List<TurnRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.session_id, t.round, t.order_in_round, t.action, "
                + "f.name_zh, f.name_en, f.category FROM turns t LEFT JOIN figures f ON f.id = t.figure_id "
                + "WHERE t.student_id = ? ORDER BY t.session_id, t.round, t.order_in_round")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String figure = r.getString(6) != null ? r.getString(6) : r.getString(7);
                    out.add(new TurnRow(r.getLong(1), r.getLong(2), r.getInt(3), r.getInt(4), TurnAction.parse(r.getString(5)).orElseThrow(),
                            figure, r.getString(8) == null ? null : Category.parse(r.getString(8)).orElse(null)));
                }
            }
        }
        return out;
    }

    private static List<MarkRow> marks(Connection c, long studentId) throws SQLException {
        List<MarkRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.placement_id, m.event, m.x, m.y, m.still_id FROM placement_marks m "
                + "JOIN placements p ON p.id = m.placement_id JOIN stills st ON st.id = m.still_id "
                + "WHERE p.student_id = ? ORDER BY m.placement_id, st.taken_at, st.id")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new MarkRow(r.getLong(1), r.getString(2), Jdbc.getDouble(r, "x"), Jdbc.getDouble(r, "y"), r.getLong(5)));
                }
            }
        }
        return out;
    }

    private static List<PlacementRow> placements(Connection c, long studentId) throws SQLException {
        List<PlacementRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.session_id, p.turn_id, t.round, f.name_zh, f.name_en, "
                + "f.category, p.buried, p.facing_deg FROM placements p JOIN figures f ON f.id = p.figure_id "
                + "LEFT JOIN turns t ON t.id = p.turn_id WHERE p.student_id = ? ORDER BY p.session_id, p.id")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new PlacementRow(r.getLong(1), r.getLong(2), Jdbc.getLong(r, "turn_id"), Jdbc.getInt(r, "round"),
                            r.getString(5) != null ? r.getString(5) : r.getString(6),
                            Category.parse(r.getString(7)).orElse(Category.OTHER), r.getInt(8) == 1, Jdbc.getDouble(r, "facing_deg")));
                }
            }
        }
        return out;
    }

    private List<SessionRow> sessions(Connection c, long studentId) throws SQLException {
        List<SessionRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.group_id, g.name, s.started_at, s.title "
                + "FROM session_participants sp JOIN sessions s ON s.id = sp.session_id LEFT JOIN groups g ON g.id = s.group_id "
                + "WHERE sp.student_id = ? ORDER BY s.started_at, s.id")) {
            s.setLong(1, studentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long sessionId = r.getLong(1);
                    Long groupId = Jdbc.getLong(r, "group_id");
                    out.add(new SessionRow(sessionId, groupId == null ? SessionKind.INDIVIDUAL : SessionKind.GROUP,
                            groupId == null ? null : codec.open(Sealed.GROUP_NAME, groupId, r.getString(3)),
                            Timestamps.parse(r.getString(4)), codec.open(Sealed.SESSION_TITLE, sessionId, r.getString(5))));
                }
            }
        }
        return out;
    }
}
