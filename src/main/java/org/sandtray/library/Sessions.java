package org.sandtray.library;

import org.sandtray.domain.Session;
import org.sandtray.domain.SessionKind;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Sessions around the tray: started, turned, ended with the counselor's wrap-up. */
public final class Sessions {

    /** What the counselor writes at the end of a session; a null field leaves the stored text as it is. */
    public record WrapUp(String title, String story, String observations, String themes) {}

    private final Database db;
    private final FieldCodec codec;
    private final AuditLog audit;

    Sessions(Database db, FieldCodec codec, AuditLog audit) {
        this.db = db;
        this.codec = codec;
        this.audit = audit;
    }

    /**
     * Starts a group session. With no turn order given, the order is drawn by lot among the
     * group's members of the day; it is kept for the whole session.
     */
    public Session startGroup(String groupName, String title, List<String> turnOrder, Instant startedAt) {
        return startGroup(groupName, title, turnOrder, List.of(), startedAt);
    }

    /**
     * Starts a group session without the members who are absent today: they are left out of the
     * turn order and the participants, and the session records them as absent.
     */
    public Session startGroup(String groupName, String title, List<String> turnOrder, List<String> absent, Instant startedAt) {
        long id = db.transaction(c -> {
            long groupId = Groups.requireId(c, codec, groupName);
            LocalDate day = LocalDate.ofInstant(startedAt, ZoneId.systemDefault());
            List<Long> members = new ArrayList<>(Groups.activeMemberIds(c, groupId, day));
            if (members.isEmpty()) throw new LibraryException("group.noMembersOn", groupName, day);
            List<Long> away = new ArrayList<>();
            for (String code : absent == null ? List.<String>of() : absent) {
                long sid = Students.requireId(c, code);
                if (!members.contains(sid)) throw new LibraryException("absent.notMember", code, groupName, day);
                if (away.contains(sid)) throw new LibraryException("absent.twice", code);
                away.add(sid);
            }
            members.removeAll(away);
            if (members.isEmpty()) throw new LibraryException("absent.everyone", groupName);
            List<Long> order = new ArrayList<>();
            if (turnOrder == null || turnOrder.isEmpty()) {
                order.addAll(members);
                Collections.shuffle(order, new SecureRandom());
            } else {
                if (new LinkedHashSet<>(turnOrder).size() != turnOrder.size()) {
                    throw new LibraryException("turnOrder.duplicate");
                }
                for (String code : turnOrder) {
                    long sid = Students.requireId(c, code);
                    if (away.contains(sid)) throw new LibraryException("absent.inTurnOrder", code);
                    if (!members.contains(sid)) {
                        throw new LibraryException("turnOrder.notMember", code, groupName, day);
                    }
                    order.add(sid);
                }
            }
            long sessionId = insertSession(c, groupId, null, title, startedAt);
            int position = 1;
            for (long sid : order) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO session_turn_order(session_id, position, student_id) VALUES (?, ?, ?)")) {
                    s.setLong(1, sessionId);
                    s.setInt(2, position++);
                    s.setLong(3, sid);
                    s.executeUpdate();
                }
                addParticipant(c, sessionId, sid);
            }
            for (long sid : away) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO session_absences(session_id, student_id) VALUES (?, ?)")) {
                    s.setLong(1, sessionId);
                    s.setLong(2, sid);
                    s.executeUpdate();
                }
            }
            Groups.recordMissingParticipation(c, audit, "session", sessionId, order, day);
            return sessionId;
        });
        return require(id);
    }

    /** Starts one student's individual session. */
    public Session startIndividual(String studentCode, String title, Instant startedAt) {
        long id = db.transaction(c -> {
            long studentId = Students.requireId(c, studentCode);
            long sessionId = insertSession(c, null, studentId, title, startedAt);
            addParticipant(c, sessionId, studentId);
            Groups.recordMissingParticipation(c, audit, "session", sessionId, List.of(studentId),
                    LocalDate.ofInstant(startedAt, ZoneId.systemDefault()));
            return sessionId;
        });
        return require(id);
    }

    private long insertSession(Connection c, Long groupId, Long studentId, String title, Instant startedAt) throws SQLException {
        long id = Ids.take(c, "sessions");
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sessions(id, group_id, student_id, started_at, title) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            Jdbc.setLong(s, 2, groupId);
            Jdbc.setLong(s, 3, studentId);
            s.setString(4, Timestamps.format(startedAt));
            s.setString(5, codec.seal(Sealed.SESSION_TITLE, id, title));
            s.executeUpdate();
            return id;
        }
    }

    private static void addParticipant(Connection c, long sessionId, long studentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR IGNORE INTO session_participants(session_id, student_id) VALUES (?, ?)")) {
            s.setLong(1, sessionId);
            s.setLong(2, studentId);
            s.executeUpdate();
        }
    }

    /** Ends the session (if still open) and stores the wrap-up fields that are given. */
    public Session end(long sessionId, WrapUp wrapUp, Instant endedAt) {
        db.transaction(c -> {
            requireExists(c, sessionId);
            try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET ended_at = COALESCE(ended_at, ?), "
                    + "title = COALESCE(?, title), story = COALESCE(?, story), observations = COALESCE(?, observations), "
                    + "themes = COALESCE(?, themes) WHERE id = ?")) {
                s.setString(1, Timestamps.format(endedAt));
                s.setString(2, codec.seal(Sealed.SESSION_TITLE, sessionId, wrapUp.title()));
                s.setString(3, codec.seal(Sealed.SESSION_STORY, sessionId, wrapUp.story()));
                s.setString(4, codec.seal(Sealed.SESSION_OBSERVATIONS, sessionId, wrapUp.observations()));
                s.setString(5, codec.seal(Sealed.SESSION_THEMES, sessionId, wrapUp.themes()));
                s.setLong(6, sessionId);
                s.executeUpdate();
            }
            return null;
        });
        return require(sessionId);
    }

    /** Records which tray setup (corners and size) the session's stills are taken under. */
    public void useTraySetup(long sessionId, long traySetupId) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET tray_setup_id = ? WHERE id = ?")) {
                s.setLong(1, traySetupId);
                s.setLong(2, sessionId);
                if (s.executeUpdate() == 0) throw noSuchSession(sessionId);
            }
            return null;
        });
    }

    public List<Session> list() {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM sessions ORDER BY started_at DESC, id DESC");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
            List<Session> out = new ArrayList<>();
            for (long id : ids) out.add(read(c, id));
            return out;
        });
    }

    /**
     * Every session the student took part in (group and individual) that started within the
     * dates (local dates; either end may be null for open), oldest first.
     */
    public List<Session> ofStudent(String studentCode, LocalDate from, LocalDate to) {
        return db.read(c -> {
            long studentId = Students.requireId(c, studentCode);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.started_at FROM session_participants p "
                    + "JOIN sessions s ON s.id = p.session_id WHERE p.student_id = ? ORDER BY s.started_at, s.id")) {
                s.setLong(1, studentId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        LocalDate day = LocalDate.ofInstant(Timestamps.parse(r.getString(2)), ZoneId.systemDefault());
                        if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) ids.add(r.getLong(1));
                    }
                }
            }
            List<Session> out = new ArrayList<>();
            for (long id : ids) out.add(read(c, id));
            return out;
        });
    }

    public Optional<Session> byId(long id) {
        return db.read(c -> exists(c, id) ? Optional.of(read(c, id)) : Optional.empty());
    }

    public Session require(long id) {
        return byId(id).orElseThrow(() -> noSuchSession(id));
    }

    /** Codes of every student taking part, in turn order for a group session. */
    public List<String> participants(long sessionId) {
        return db.read(c -> participantCodes(c, sessionId));
    }

    static List<String> participantCodes(Connection c, long sessionId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT st.code FROM session_participants p "
                + "JOIN students st ON st.id = p.student_id LEFT JOIN session_turn_order o "
                + "ON o.session_id = p.session_id AND o.student_id = p.student_id "
                + "WHERE p.session_id = ? ORDER BY o.position, st.code")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    static LibraryException noSuchSession(long id) {
        return new LibraryException("session.notFound", id);
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** The pupil of an individual session; null for a group session. */
    static String individualStudent(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT st.code FROM sessions s JOIN students st ON st.id = s.student_id WHERE s.id = ?")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void requireExists(Connection c, long id) throws SQLException {
        if (!exists(c, id)) throw noSuchSession(id);
    }

    /** The group's members who were absent when the session started, by code. */
    static List<String> absentCodes(Connection c, long sessionId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT st.code FROM session_absences a "
                + "JOIN students st ON st.id = a.student_id WHERE a.session_id = ? ORDER BY st.code")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    static List<String> turnOrder(Connection c, long sessionId) throws SQLException {
        List<String> order = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT st.code FROM session_turn_order o "
                + "JOIN students st ON st.id = o.student_id WHERE o.session_id = ? ORDER BY o.position")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) order.add(r.getString(1));
            }
        }
        return order;
    }

    private Session read(Connection c, long id) throws SQLException {
        Long groupId;
        Long studentId;
        Instant started;
        Instant ended;
        Long setupId;
        Long finalStill;
        String[] text = new String[4];
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM sessions WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                groupId = Jdbc.getLong(r, "group_id");
                studentId = Jdbc.getLong(r, "student_id");
                started = Timestamps.parse(r.getString("started_at"));
                ended = Timestamps.parse(r.getString("ended_at"));
                setupId = Jdbc.getLong(r, "tray_setup_id");
                text[0] = codec.open(Sealed.SESSION_TITLE, id, r.getString("title"));
                text[1] = codec.open(Sealed.SESSION_STORY, id, r.getString("story"));
                text[2] = codec.open(Sealed.SESSION_OBSERVATIONS, id, r.getString("observations"));
                text[3] = codec.open(Sealed.SESSION_THEMES, id, r.getString("themes"));
            }
        }
        finalStill = Stills.chosenFinal(c, id);
        return new Session(id, groupId != null ? SessionKind.GROUP : SessionKind.INDIVIDUAL,
                groupId != null ? Groups.nameOf(c, codec, groupId) : null,
                studentId != null ? Students.codeOf(c, studentId) : null,
                started, ended, setupId, text[0], text[1], text[2], text[3], turnOrder(c, id), absentCodes(c, id), finalStill);
    }
}
