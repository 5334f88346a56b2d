package org.sandtray.library;

import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns in a session, kept to the rules of restricted group sandplay: the order drawn at the
 * start holds for the whole session, one action per turn, and the final adjustment belongs to
 * the last member and ends the building.
 */
public final class Turns {

    /** Whose turn comes next, in which round and at which place in the round. */
    public record Next(String studentCode, int round, int orderInRound) {}

    private final Database db;
    private final FieldCodec codec;

    Turns(Database db, FieldCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public Turn add(long sessionId, String studentCode, TurnAction action, String figureName, String note, Instant at) {
        long id = db.transaction(c -> {
            SessionState state = SessionState.load(c, sessionId);
            if (state.ended) throw new LibraryException("turn.sessionEnded", sessionId);
            Last last = last(c, sessionId);
            if (last != null && last.action == TurnAction.ADJUST) {
                throw new LibraryException("turn.trayFinished");
            }
            Next next = next(state.turnOrder, last, state.individualStudent);
            if (!next.studentCode().equals(studentCode)) {
                throw new LibraryException("turn.notYourTurn", next.studentCode(), next.round(), next.orderInRound(), studentCode);
            }
            if (action == TurnAction.ADJUST && !state.turnOrder.isEmpty() && next.orderInRound() != state.turnOrder.size()) {
                throw new LibraryException("turn.adjustLastOnly", state.turnOrder.get(state.turnOrder.size() - 1));
            }
            Long figureId = null;
            if (figureName != null && !figureName.isBlank()) {
                if (action == TurnAction.PASS || action == TurnAction.SAND) {
                    throw new LibraryException("turn.noFigureFor", action.code());
                }
                figureId = Figures.requireId(c, figureName);
            }
            long turnId = Ids.take(c, "turns");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO turns(id, session_id, round, order_in_round, student_id, "
                    + "action, figure_id, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, turnId);
                s.setLong(2, sessionId);
                s.setInt(3, next.round());
                s.setInt(4, next.orderInRound());
                s.setLong(5, Students.requireId(c, studentCode));
                s.setString(6, action.code());
                Jdbc.setLong(s, 7, figureId);
                s.setString(8, note == null || note.isBlank() ? null : codec.seal(Sealed.TURN_NOTE, turnId, note));
                s.setString(9, Timestamps.format(at));
                s.executeUpdate();
                return turnId;
            }
        });
        return list(sessionId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /**
     * Takes back the session's last turn (the counselor pressed the wrong key): the row is deleted,
     * no other turn is renumbered. Stills taken after it now follow the turn before it; placements
     * and marks made in it keep their rows and times but no longer name a turn.
     */
    public Optional<Turn> undoLast(long sessionId) {
        List<Turn> turns = list(sessionId);
        if (turns.isEmpty()) return Optional.empty();
        Turn last = turns.get(turns.size() - 1);
        Long previous = turns.size() > 1 ? turns.get(turns.size() - 2).id() : null;
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE stills SET turn_id = ? WHERE turn_id = ?")) {
                Jdbc.setLong(s, 1, previous);
                s.setLong(2, last.id());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM turns WHERE id = ?")) {
                s.setLong(1, last.id());
                s.executeUpdate();
            }
            return null;
        });
        return Optional.of(last);
    }

    /** A turn's place in its session's order, who took it and when: enough to order marks and stills. */
    record Key(long id, long sessionId, int round, int orderInRound, long studentId, TurnAction action, Instant recordedAt) {
        boolean after(Key other) {
            return round > other.round || (round == other.round && orderInRound > other.orderInRound);
        }
    }

    static Key key(Connection c, long turnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT session_id, round, order_in_round, student_id, action, recorded_at "
                + "FROM turns WHERE id = ?")) {
            s.setLong(1, turnId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new LibraryException("turn.notFound", turnId);
                return new Key(turnId, r.getLong(1), r.getInt(2), r.getInt(3), r.getLong(4),
                        TurnAction.parse(r.getString(5)).orElseThrow(), Timestamps.parse(r.getString(6)));
            }
        }
    }

    /** The turn, refused unless it belongs to the session. */
    static Key requireInSession(Connection c, long turnId, long sessionId) throws SQLException {
        Key key;
        try {
            key = key(c, turnId);
        } catch (LibraryException e) {
            throw new LibraryException("turn.notInSession", turnId, sessionId);
        }
        if (key.sessionId() != sessionId) throw new LibraryException("turn.notInSession", turnId, sessionId);
        return key;
    }

    /** Who is to play next, or empty once the final adjustment is made or the session ended. */
    public Optional<Next> next(long sessionId) {
        return db.read(c -> {
            SessionState state = SessionState.load(c, sessionId);
            Last last = last(c, sessionId);
            if (state.ended || (last != null && last.action == TurnAction.ADJUST)) return Optional.empty();
            return Optional.of(next(state.turnOrder, last, state.individualStudent));
        });
    }

    private static Next next(List<String> order, Last last, String individualStudent) {
        if (order.isEmpty()) {
            return new Next(individualStudent, 1, last == null ? 1 : last.orderInRound + 1);
        }
        if (last == null) return new Next(order.get(0), 1, 1);
        if (last.orderInRound >= order.size()) return new Next(order.get(0), last.round + 1, 1);
        return new Next(order.get(last.orderInRound), last.round, last.orderInRound + 1);
    }

    public List<Turn> list(long sessionId) {
        return db.read(c -> read(c, "t.session_id = ?", sessionId));
    }

    /** Every turn of the given sessions, by session, round and place in the round. */
    public List<Turn> list(Collection<Long> sessionIds) {
        return db.read(c -> read(c, "t.session_id IN (SELECT value FROM json_each(?))", Jdbc.jsonArray(sessionIds)));
    }

    private List<Turn> read(Connection c, String where, Object key) throws SQLException {
        List<Turn> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.*, st.code, f.name_zh, f.name_en FROM turns t "
                + "JOIN students st ON st.id = t.student_id LEFT JOIN figures f ON f.id = t.figure_id "
                + "WHERE " + where + " ORDER BY t.session_id, t.round, t.order_in_round")) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String figure = r.getString("name_zh") != null ? r.getString("name_zh") : r.getString("name_en");
                    long id = r.getLong("id");
                    String note = codec.open(Sealed.TURN_NOTE, id, r.getString("note"));
                    out.add(new Turn(id, r.getLong("session_id"), r.getInt("round"), r.getInt("order_in_round"),
                            r.getString("code"), TurnAction.parse(r.getString("action")).orElseThrow(), figure,
                            note, Timestamps.parse(r.getString("recorded_at"))));
                }
            }
        }
        return out;
    }

    private record Last(long id, int round, int orderInRound, TurnAction action) {}

    private static Last last(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, round, order_in_round, action FROM turns "
                + "WHERE session_id = ? ORDER BY round DESC, order_in_round DESC LIMIT 1")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return null;
                return new Last(r.getLong(1), r.getInt(2), r.getInt(3), TurnAction.parse(r.getString(4)).orElseThrow());
            }
        }
    }

    /** The latest turn of a session, if any: stills and placements are linked to it. */
    static Long lastTurnId(Connection c, long sessionId) throws SQLException {
        Last last = last(c, sessionId);
        return last == null ? null : last.id;
    }

    private record SessionState(boolean ended, List<String> turnOrder, String individualStudent) {
        static SessionState load(Connection c, long sessionId) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT s.ended_at, st.code FROM sessions s "
                    + "LEFT JOIN students st ON st.id = s.student_id WHERE s.id = ?")) {
                s.setLong(1, sessionId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw Sessions.noSuchSession(sessionId);
                    boolean ended = r.getString(1) != null;
                    String student = r.getString(2);
                    return new SessionState(ended, Sessions.turnOrder(c, sessionId), student);
                }
            }
        }
    }
}
