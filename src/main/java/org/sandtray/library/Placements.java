package org.sandtray.library;

import org.sandtray.domain.Category;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures standing in a session's tray and their marks on the stills: where each was placed,
 * moved, seen and removed. Positions are tray coordinates.
 */
public final class Placements {

    /** A new placement on a still. Box size, facing, turn and note are optional. */
    public record Request(long stillId, String figureName, String studentCode, TrayPoint at, Double boxWidth,
                          Double boxHeight, Double facingDegrees, boolean buried, Long turnId, String note) {}

    /** A placement as it stands on one still: its carried-forward position, and whether it was marked on that still. */
    public record Standing(Placement placement, PlacementMark mark, boolean markedHere) {}

    private final Database db;
    private final FieldCodec codec;

    Placements(Database db, FieldCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public Placement place(Request q) {
        checkBox(q.boxWidth(), q.boxHeight());
        if (q.facingDegrees() != null && !(q.facingDegrees() >= 0 && q.facingDegrees() < 360)) {
            throw new LibraryException("placement.badFacing", q.facingDegrees());
        }
        long id = db.transaction(c -> {
            StillRef still = StillRef.load(c, q.stillId());
            long figureId = Figures.requireId(c, q.figureName());
            long studentId = Students.requireId(c, q.studentCode());
            if (!Sessions.participantCodes(c, still.sessionId).contains(q.studentCode())) {
                throw new LibraryException("placement.notParticipant", q.studentCode(), still.sessionId);
            }
            Long turnId = q.turnId() != null ? checkTurn(c, q.turnId(), still.sessionId) : openTurn(c, still.sessionId, studentId);
            long placementId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO placements(session_id, figure_id, student_id, turn_id, "
                    + "facing_deg, buried, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, still.sessionId);
                s.setLong(2, figureId);
                s.setLong(3, studentId);
                Jdbc.setLong(s, 4, turnId);
                Jdbc.setDouble(s, 5, q.facingDegrees());
                s.setInt(6, q.buried() ? 1 : 0);
                s.setString(7, q.note() == null || q.note().isBlank() ? null : codec.seal(q.note()));
                s.setString(8, Timestamps.format(Instant.now()));
                placementId = Database.insert(s);
            }
            putMark(c, placementId, q.stillId(), MarkEvent.PLACED, q.at(), q.boxWidth(), q.boxHeight());
            return placementId;
        });
        return require(id);
    }

    /** Records that the figure stands somewhere else on a later still (or corrects its spot on the same still). */
    public Placement move(long placementId, long stillId, TrayPoint to) {
        return mark(placementId, stillId, MarkEvent.MOVED, to);
    }

    /** Records that the figure is seen on a still, at the given spot (for example a more exact one). */
    public Placement seen(long placementId, long stillId, TrayPoint at) {
        return mark(placementId, stillId, MarkEvent.SEEN, at);
    }

    /** Records that the figure is gone from the tray from this still on. */
    public Placement remove(long placementId, long stillId) {
        return mark(placementId, stillId, MarkEvent.REMOVED, null);
    }

    private Placement mark(long placementId, long stillId, MarkEvent event, TrayPoint at) {
        db.transaction(c -> {
            Placement p = read(c, placementId);
            StillRef still = StillRef.load(c, stillId);
            if (still.sessionId != p.sessionId()) {
                throw new LibraryException("placement.otherSession", stillId, still.sessionId, placementId, p.sessionId());
            }
            StillRef first = StillRef.load(c, p.marks().get(0).stillId());
            if (still.before(first)) {
                throw new LibraryException("placement.stillBeforePlaced", stillId, placementId);
            }
            for (PlacementMark m : p.marks()) {
                if (m.event() == MarkEvent.REMOVED && !StillRef.load(c, m.stillId()).after(still) && m.stillId() != stillId) {
                    throw new LibraryException("placement.alreadyRemoved", placementId, m.stillId());
                }
            }
            if (event == MarkEvent.REMOVED && first.id == stillId) {
                throw new LibraryException("placement.removeOnPlacingStill", placementId, stillId);
            }
            MarkEvent stored = event;
            if (first.id == stillId && event != MarkEvent.REMOVED) stored = MarkEvent.PLACED; // a correction of the first spot
            PlacementMark existing = p.marks().stream().filter(m -> m.stillId() == stillId).findFirst().orElse(null);
            Double w = existing != null ? existing.boxWidth() : null;
            Double h = existing != null ? existing.boxHeight() : null;
            putMark(c, placementId, stillId, stored, at, stored == MarkEvent.REMOVED ? null : w, stored == MarkEvent.REMOVED ? null : h);
            return null;
        });
        return require(placementId);
    }

    /** Undoes a mark on one still; the first mark cannot be taken back this way (delete the placement). */
    public Placement unmark(long placementId, long stillId) {
        db.transaction(c -> {
            Placement p = read(c, placementId);
            if (p.marks().get(0).stillId() == stillId) {
                throw new LibraryException("placement.unmarkFirst", placementId);
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM placement_marks WHERE placement_id = ? AND still_id = ?")) {
                s.setLong(1, placementId);
                s.setLong(2, stillId);
                s.executeUpdate();
            }
            return null;
        });
        return require(placementId);
    }

    public void setFacing(long placementId, Double degrees) {
        update(placementId, "facing_deg", degrees);
    }

    public void setBuried(long placementId, boolean buried) {
        update(placementId, "buried", buried ? 1.0 : 0.0);
    }

    private void update(long placementId, String column, Double value) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE placements SET " + column + " = ? WHERE id = ?")) {
                if (column.equals("buried")) s.setInt(1, value.intValue()); else Jdbc.setDouble(s, 1, value);
                s.setLong(2, placementId);
                if (s.executeUpdate() == 0) throw noSuchPlacement(placementId);
            }
            return null;
        });
    }

    /** Deletes a placement and all its marks (undo of a placement). */
    public void delete(long placementId) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM placements WHERE id = ?")) {
                s.setLong(1, placementId);
                if (s.executeUpdate() == 0) throw noSuchPlacement(placementId);
            }
            return null;
        });
    }

    public Placement require(long placementId) {
        return db.read(c -> read(c, placementId));
    }

    /** Every placement of a session, in the order they were made, with their marks in still order. */
    public List<Placement> list(long sessionId) {
        return db.read(c -> readAll(c, "p.session_id = ?", sessionId));
    }

    /** What stands in the tray on a still: every placement made up to it and not removed, at its latest spot. */
    public List<Standing> standingOn(long stillId) {
        return db.read(c -> {
            StillRef still = StillRef.load(c, stillId);
            List<Standing> out = new ArrayList<>();
            Map<Long, StillRef> refs = new LinkedHashMap<>();
            for (Placement p : readAll(c, "p.session_id = ?", still.sessionId)) {
                PlacementMark current = null;
                boolean here = false;
                for (PlacementMark m : p.marks()) {
                    StillRef at = refs.computeIfAbsent(m.stillId(), id -> StillRef.loadUnchecked(c, id));
                    if (at.after(still)) break;
                    current = m;
                    here = m.stillId() == stillId;
                }
                if (current != null && current.event() != MarkEvent.REMOVED) out.add(new Standing(p, current, here));
            }
            return out;
        });
    }

    private static void checkBox(Double w, Double h) {
        if ((w == null) != (h == null)) throw new LibraryException("placement.boxNeedsBoth");
        if (w != null && !(w > 0 && w <= 1 && h > 0 && h <= 1)) {
            throw new LibraryException("placement.boxOutOfRange", w, h);
        }
    }

    private static void putMark(Connection c, long placementId, long stillId, MarkEvent event, TrayPoint at,
                                Double w, Double h) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO placement_marks(placement_id, still_id, event, x, y, "
                + "box_w, box_h, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(placement_id, still_id) DO UPDATE "
                + "SET event = excluded.event, x = excluded.x, y = excluded.y, box_w = excluded.box_w, box_h = excluded.box_h")) {
            s.setLong(1, placementId);
            s.setLong(2, stillId);
            s.setString(3, event.code());
            Jdbc.setDouble(s, 4, at == null ? null : at.x());
            Jdbc.setDouble(s, 5, at == null ? null : at.y());
            Jdbc.setDouble(s, 6, w);
            Jdbc.setDouble(s, 7, h);
            s.setString(8, Timestamps.format(Instant.now()));
            s.executeUpdate();
        }
    }

    /** The student's latest place or set turn in the session that still has room for a figure. */
    private static Long openTurn(Connection c, long sessionId, long studentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT t.id FROM turns t WHERE t.session_id = ? AND t.student_id = ? "
                + "AND t.action IN ('place', 'set') AND (SELECT COUNT(*) FROM placements p WHERE p.turn_id = t.id) "
                + "< CASE t.action WHEN 'place' THEN 1 ELSE 3 END ORDER BY t.round DESC, t.order_in_round DESC LIMIT 1")) {
            s.setLong(1, sessionId);
            s.setLong(2, studentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static Long checkTurn(Connection c, long turnId, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT session_id FROM turns WHERE id = ?")) {
            s.setLong(1, turnId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getLong(1) != sessionId) {
                    throw new LibraryException("placement.turnOfOtherSession", turnId, sessionId);
                }
            }
        }
        return turnId;
    }

    static LibraryException noSuchPlacement(long id) {
        return new LibraryException("placement.notFound", id);
    }

    private Placement read(Connection c, long placementId) throws SQLException {
        List<Placement> found = readAll(c, "p.id = ?", placementId);
        if (found.isEmpty()) throw noSuchPlacement(placementId);
        return found.get(0);
    }

    private List<Placement> readAll(Connection c, String where, long key) throws SQLException {
        Map<Long, List<PlacementMark>> marks = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.* FROM placement_marks m JOIN placements p ON p.id = m.placement_id "
                + "JOIN stills st ON st.id = m.still_id WHERE " + where + " ORDER BY st.taken_at, st.id")) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Double x = Jdbc.getDouble(r, "x");
                    Double y = Jdbc.getDouble(r, "y");
                    marks.computeIfAbsent(r.getLong("placement_id"), k -> new ArrayList<>()).add(new PlacementMark(
                            r.getLong("still_id"), MarkEvent.fromCode(r.getString("event")),
                            x == null ? null : new TrayPoint(x, y), Jdbc.getDouble(r, "box_w"), Jdbc.getDouble(r, "box_h")));
                }
            }
        }
        List<Placement> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.*, f.name_zh, f.name_en, f.category, st.code, t.round "
                + "FROM placements p JOIN figures f ON f.id = p.figure_id JOIN students st ON st.id = p.student_id "
                + "LEFT JOIN turns t ON t.id = p.turn_id WHERE " + where + " ORDER BY p.id")) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("id");
                    String figure = r.getString("name_zh") != null ? r.getString("name_zh") : r.getString("name_en");
                    String note = r.getString("note");
                    out.add(new Placement(id, r.getLong("session_id"), r.getLong("figure_id"), figure,
                            Category.parse(r.getString("category")).orElse(Category.OTHER), r.getString("code"),
                            Jdbc.getLong(r, "turn_id"), Jdbc.getInt(r, "round"), Jdbc.getDouble(r, "facing_deg"),
                            r.getInt("buried") == 1, note == null ? null : codec.open(note),
                            List.copyOf(marks.getOrDefault(id, List.of()))));
                }
            }
        }
        return out;
    }

    /** A still's session and its place in time, to order marks. */
    private record StillRef(long id, long sessionId, String takenAt) {
        static StillRef load(Connection c, long stillId) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, taken_at FROM stills WHERE id = ?")) {
                s.setLong(1, stillId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw new LibraryException("still.notFound", stillId);
                    return new StillRef(stillId, r.getLong(1), r.getString(2));
                }
            }
        }

        static StillRef loadUnchecked(Connection c, long stillId) {
            try {
                return load(c, stillId);
            } catch (SQLException e) {
                throw new Database.SqlFailure(e);
            }
        }

        boolean before(StillRef other) {
            int t = takenAt.compareTo(other.takenAt);
            return t < 0 || (t == 0 && id < other.id);
        }

        boolean after(StillRef other) {
            return other.before(this);
        }
    }
}
