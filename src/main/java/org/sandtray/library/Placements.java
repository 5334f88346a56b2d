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
import java.util.Collection;
import java.util.HashMap;
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
            Long turnId = q.turnId() != null ? Long.valueOf(Turns.requireInSession(c, q.turnId(), still.sessionId).id())
                    : openTurn(c, still.sessionId, studentId);
            long placementId = Ids.take(c, "placements");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO placements(id, session_id, figure_id, student_id, turn_id, "
                    + "facing_deg, buried, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, placementId);
                s.setLong(2, still.sessionId);
                s.setLong(3, figureId);
                s.setLong(4, studentId);
                Jdbc.setLong(s, 5, turnId);
                Jdbc.setDouble(s, 6, q.facingDegrees());
                s.setInt(7, q.buried() ? 1 : 0);
                s.setString(8, q.note() == null || q.note().isBlank() ? null : codec.seal(Sealed.PLACEMENT_NOTE, placementId, q.note()));
                s.setString(9, Timestamps.format(Instant.now()));
                s.executeUpdate();
            }
            Turns.Key turn = turnId != null ? Turns.key(c, turnId) : still.turn(c);
            if (turnId != null) Stills.takenNoEarlierThan(c, q.stillId(), turn);
            putMark(c, placementId, q.stillId(), MarkEvent.PLACED, q.at(), q.boxWidth(), q.boxHeight(),
                    new Happened(turn, studentId, still.takenAt));
            return placementId;
        });
        return require(id);
    }

    /** Records that the figure stands somewhere else on a later still (or corrects its spot on the same still). */
    public Placement move(long placementId, long stillId, TrayPoint to) {
        return mark(placementId, stillId, MarkEvent.MOVED, to, null);
    }

    /**
     * A move made in the given turn (null: the latest move or adjust turn since the figure's
     * previous mark, up to the still's turn and not yet used by another move; else the still's turn).
     * The member whose turn it was is recorded as the one who moved it.
     */
    public Placement move(long placementId, long stillId, TrayPoint to, Long turnId) {
        return mark(placementId, stillId, MarkEvent.MOVED, to, turnId);
    }

    /** Records that the figure is seen on a still, at the given spot (for example a more exact one). */
    public Placement seen(long placementId, long stillId, TrayPoint at) {
        return mark(placementId, stillId, MarkEvent.SEEN, at, null);
    }

    /** Records that the figure is gone from the tray from this still on. */
    public Placement remove(long placementId, long stillId) {
        return mark(placementId, stillId, MarkEvent.REMOVED, null, null);
    }

    /** A removal made in the given turn (null: chosen as for {@link #move(long, long, TrayPoint, Long)}). */
    public Placement remove(long placementId, long stillId, Long turnId) {
        return mark(placementId, stillId, MarkEvent.REMOVED, null, turnId);
    }

    private Placement mark(long placementId, long stillId, MarkEvent event, TrayPoint at, Long turnId) {
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
            Happened happened = happened(c, p, still, stored, turnId);
            putMark(c, placementId, stillId, stored, at, stored == MarkEvent.REMOVED ? null : w, stored == MarkEvent.REMOVED ? null : h,
                    happened);
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

    /** The counselor's note on a placement (sealed like every note); blank clears it. */
    public void setNote(long placementId, String note) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE placements SET note = ? WHERE id = ?")) {
                s.setString(1, note == null || note.isBlank() ? null : codec.seal(Sealed.PLACEMENT_NOTE, placementId, note.strip()));
                s.setLong(2, placementId);
                if (s.executeUpdate() == 0) throw noSuchPlacement(placementId);
            }
            return null;
        });
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

    /**
     * Deletes a placement and all its marks (a figure tagged by mistake, or undo of a placement) and
     * returns them as they were, so that {@link #restore} can put back the very same rows.
     */
    public Placement delete(long placementId) {
        return db.transaction(c -> {
            Placement removed = read(c, placementId);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM placements WHERE id = ?")) {
                s.setLong(1, placementId);
                s.executeUpdate();
            }
            return removed;
        });
    }

    /**
     * Puts a deleted placement back with its id, its marks' ids, turns and times (undo of a
     * deletion, redo of a placement): what stood before stands again under the same numbers. A turn
     * undone meanwhile is no longer named.
     */
    public Placement restore(Placement removed) {
        db.transaction(c -> {
            if (exists(c, "placements", removed.id())) throw new LibraryException("placement.cannotRestore", removed.id());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO placements(id, session_id, figure_id, student_id, turn_id, "
                    + "facing_deg, buried, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, removed.id());
                s.setLong(2, removed.sessionId());
                s.setLong(3, removed.figureId());
                s.setLong(4, Students.requireId(c, removed.studentCode()));
                Jdbc.setLong(s, 5, existingTurn(c, removed.turnId()));
                Jdbc.setDouble(s, 6, removed.facingDegrees());
                s.setInt(7, removed.buried() ? 1 : 0);
                s.setString(8, codec.seal(Sealed.PLACEMENT_NOTE, removed.id(), removed.note()));
                s.setString(9, Timestamps.format(removed.recordedAt()));
                s.executeUpdate();
            }
            for (PlacementMark m : removed.marks()) insertMark(c, removed.id(), m);
            return null;
        });
        return require(removed.id());
    }

    /**
     * Puts one mark back exactly as it was (undo of a move or removal): the same row, id, turn and
     * times; whatever mark the placement has on that still now is replaced.
     */
    public Placement restoreMark(long placementId, PlacementMark mark) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM placement_marks WHERE placement_id = ? AND still_id = ?")) {
                s.setLong(1, placementId);
                s.setLong(2, mark.stillId());
                s.executeUpdate();
            }
            if (exists(c, "placement_marks", mark.id())) throw new LibraryException("placement.cannotRestore", placementId);
            insertMark(c, placementId, mark);
            return null;
        });
        return require(placementId);
    }

    private static boolean exists(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Long existingTurn(Connection c, Long turnId) throws SQLException {
        return turnId != null && exists(c, "turns", turnId) ? turnId : null;
    }

    private static void insertMark(Connection c, long placementId, PlacementMark m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO placement_marks(id, placement_id, still_id, event, x, y, box_w, "
                + "box_h, created_at, turn_id, happened_at, by_student_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, m.id());
            s.setLong(2, placementId);
            s.setLong(3, m.stillId());
            s.setString(4, m.event().code());
            Jdbc.setDouble(s, 5, m.at() == null ? null : m.at().x());
            Jdbc.setDouble(s, 6, m.at() == null ? null : m.at().y());
            Jdbc.setDouble(s, 7, m.boxWidth());
            Jdbc.setDouble(s, 8, m.boxHeight());
            s.setString(9, Timestamps.format(m.recordedAt()));
            Jdbc.setLong(s, 10, existingTurn(c, m.turnId()));
            s.setString(11, m.happenedAt() == null ? null : Timestamps.format(m.happenedAt()));
            Jdbc.setLong(s, 12, m.byStudent() == null ? null : Students.requireId(c, m.byStudent()));
            s.executeUpdate();
        }
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

    /** In which turn a mark's change happened, who did it, and when (the turn's time, else the still's). */
    private record Happened(Turns.Key turn, Long byStudentId, String stillTakenAt) {
        String at() {
            return turn != null ? Timestamps.format(turn.recordedAt()) : stillTakenAt;
        }
    }

    /**
     * The turn of a move or removal: the one given, else the latest move or adjust turn after the
     * figure's previous mark and up to the still's turn that no other figure's move has used, else
     * the still's turn (by then it had happened). A seen mark belongs to the still's turn.
     */
    private Happened happened(Connection c, Placement p, StillRef still, MarkEvent event, Long turnId) throws SQLException {
        if (event == MarkEvent.PLACED) {
            Turns.Key turn = p.turnId() != null ? Turns.key(c, p.turnId()) : still.turn(c);
            return new Happened(turn, Students.requireId(c, p.studentCode()), still.takenAt);
        }
        Turns.Key stillTurn = still.turn(c);
        if (event == MarkEvent.SEEN) return new Happened(stillTurn, null, still.takenAt);
        Turns.Key turn;
        if (turnId != null) {
            turn = Turns.requireInSession(c, turnId, still.sessionId);
            Stills.takenNoEarlierThan(c, still.id, turn);
        } else {
            turn = stillTurn == null ? null : movingTurn(c, p, still, stillTurn);
            if (turn == null) turn = stillTurn;
        }
        return new Happened(turn, turn == null ? null : turn.studentId(), still.takenAt);
    }

    private Turns.Key movingTurn(Connection c, Placement p, StillRef still, Turns.Key upTo) throws SQLException {
        Turns.Key since = null;
        for (PlacementMark m : p.marks()) {
            StillRef at = StillRef.load(c, m.stillId());
            if (!at.before(still)) break;
            Long t = m.turnId() != null ? m.turnId() : at.turnId;
            since = t == null ? since : Turns.key(c, t);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT t.id FROM turns t WHERE t.session_id = ? "
                + "AND t.action IN ('move', 'adjust') AND (t.round, t.order_in_round) <= (?, ?) "
                + "AND (t.round, t.order_in_round) > (?, ?) AND NOT EXISTS (SELECT 1 FROM placement_marks m "
                + "WHERE m.turn_id = t.id AND m.event IN ('moved', 'removed') AND m.placement_id <> ?) "
                + "ORDER BY t.round DESC, t.order_in_round DESC LIMIT 1")) {
            s.setLong(1, still.sessionId);
            s.setInt(2, upTo.round());
            s.setInt(3, upTo.orderInRound());
            s.setInt(4, since == null ? 0 : since.round());
            s.setInt(5, since == null ? 0 : since.orderInRound());
            s.setLong(6, p.id());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Turns.key(c, r.getLong(1)) : null;
            }
        }
    }

    private static void putMark(Connection c, long placementId, long stillId, MarkEvent event, TrayPoint at,
                                Double w, Double h, Happened happened) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO placement_marks(id, placement_id, still_id, event, x, y, "
                + "box_w, box_h, created_at, turn_id, happened_at, by_student_id) VALUES (" + Ids.next("placement_marks")
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(placement_id, still_id) DO UPDATE "
                + "SET event = excluded.event, x = excluded.x, y = excluded.y, box_w = excluded.box_w, box_h = excluded.box_h, "
                + "turn_id = excluded.turn_id, happened_at = excluded.happened_at, by_student_id = excluded.by_student_id")) {
            s.setLong(1, placementId);
            s.setLong(2, stillId);
            s.setString(3, event.code());
            Jdbc.setDouble(s, 4, at == null ? null : at.x());
            Jdbc.setDouble(s, 5, at == null ? null : at.y());
            Jdbc.setDouble(s, 6, w);
            Jdbc.setDouble(s, 7, h);
            s.setString(8, Timestamps.format(Instant.now()));
            Jdbc.setLong(s, 9, happened.turn() == null ? null : happened.turn().id());
            s.setString(10, happened.at());
            Jdbc.setLong(s, 11, happened.byStudentId());
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

    static LibraryException noSuchPlacement(long id) {
        return new LibraryException("placement.notFound", id);
    }

    private Placement read(Connection c, long placementId) throws SQLException {
        List<Placement> found = readAll(c, "p.id = ?", placementId);
        if (found.isEmpty()) throw noSuchPlacement(placementId);
        return found.get(0);
    }

    /** Every placement of the given sessions, by session then in the order they were made, with their marks in still order. */
    public List<Placement> list(Collection<Long> sessionIds) {
        return db.read(c -> readAll(c, "p.session_id IN (SELECT value FROM json_each(?))", Jdbc.jsonArray(sessionIds)));
    }

    private List<Placement> readAll(Connection c, String where, Object key) throws SQLException {
        // columns read by position: a student's year reads thousands of rows, and lookups by name cost more than the rows
        Map<Long, List<PlacementMark>> marks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.placement_id, m.id, m.still_id, m.event, m.x, m.y, m.box_w, "
                + "m.box_h, m.turn_id, m.happened_at, bys.code, m.created_at FROM placement_marks m "
                + "JOIN placements p ON p.id = m.placement_id JOIN stills st ON st.id = m.still_id "
                + "LEFT JOIN students bys ON bys.id = m.by_student_id WHERE " + where + " ORDER BY st.taken_at, st.id")) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    marks.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(markAt(r, 2));
                }
            }
        }
        List<Placement> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.session_id, p.figure_id, f.name_zh, f.name_en, f.category, "
                + "st.code, p.turn_id, t.round, p.facing_deg, p.buried, p.note, p.created_at "
                + "FROM placements p JOIN figures f ON f.id = p.figure_id JOIN students st ON st.id = p.student_id "
                + "LEFT JOIN turns t ON t.id = p.turn_id WHERE " + where + " ORDER BY p.session_id, p.id")) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String figure = r.getString(4) != null ? r.getString(4) : r.getString(5);
                    String note = codec.open(Sealed.PLACEMENT_NOTE, id, r.getString(12));
                    out.add(new Placement(id, r.getLong(2), r.getLong(3), figure,
                            Category.fromCode(r.getString(6)), r.getString(7),
                            nullableLong(r, 8), nullableInt(r, 9), nullableDouble(r, 10),
                            r.getInt(11) == 1, note,
                            List.copyOf(marks.getOrDefault(id, List.of())), Timestamps.parse(r.getString(13))));
                }
            }
        }
        return out;
    }

    /** A mark from the columns id, still_id, event, x, y, box_w, box_h, turn_id, happened_at, by code, created_at, from the given one on. */
    private static PlacementMark markAt(ResultSet r, int first) throws SQLException {
        Double x = nullableDouble(r, first + 3);
        Double y = nullableDouble(r, first + 4);
        return new PlacementMark(r.getLong(first), r.getLong(first + 1), MarkEvent.fromCode(r.getString(first + 2)),
                x == null ? null : new TrayPoint(x, y), nullableDouble(r, first + 5), nullableDouble(r, first + 6),
                nullableLong(r, first + 7), Timestamps.parse(r.getString(first + 8)), r.getString(first + 9),
                Timestamps.parse(r.getString(first + 10)));
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /** A still's session, its place in time (to order marks) and the turn it was taken after. */
    private record StillRef(long id, long sessionId, String takenAt, Long turnId) {
        static StillRef load(Connection c, long stillId) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT session_id, taken_at, turn_id FROM stills WHERE id = ?")) {
                s.setLong(1, stillId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw new LibraryException("still.notFound", stillId);
                    return new StillRef(stillId, r.getLong(1), r.getString(2), Jdbc.getLong(r, "turn_id"));
                }
            }
        }

        Turns.Key turn(Connection c) throws SQLException {
            return turnId == null ? null : Turns.key(c, turnId);
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
