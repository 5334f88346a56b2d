package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Erases a pupil completely: their roster row's name and details, consents and memberships; their
 * individual sessions with every turn, placement, annotation and still; every group still that is
 * theirs alone (attributed to them, with no other member's figure on it); the files of those stills.
 * In group sessions their turns and figures stay, under a former member's code
 * ({@code former-<id>}): the other children's record keeps its shape. Their own notes in those
 * sessions are removed, and their name (in full, and a Chinese given name) is replaced by that code
 * in every other text of those sessions. Then the database is compacted (VACUUM, journal emptied),
 * so no old page holds what was removed; the audit log records the erasure by code, without the name.
 */
public final class Erasure {
    private static final Logger log = LoggerFactory.getLogger(Erasure.class);
    static final String FORMER = "former-";

    /** What an erasure removes (or removed) and keeps. */
    public record Plan(String code, List<Long> individualSessions, List<Long> groupSessions, List<Long> stills, int files,
                       int turnsKept, int placementsKept) {}

    private final Database db;
    private final FieldCodec codec;
    private final AuditLog audit;
    private final java.nio.file.Path folder;

    Erasure(Database db, FieldCodec codec, AuditLog audit, java.nio.file.Path folder) {
        this.db = db;
        this.codec = codec;
        this.audit = audit;
        this.folder = folder;
    }

    /** What erasing the pupil would remove; nothing is changed. */
    public Plan plan(String code) {
        return db.read(c -> plan(c, code));
    }

    /** Erases the pupil (see the class comment); returns what was removed. */
    public Plan erase(String code) {
        Plan done = db.transaction(c -> {
            Plan plan = plan(c, code);
            long id = Students.requireId(c, code);
            String name = codec.open(Sealed.STUDENT_NAME, id, nameOf(c, id));
            String former = FORMER + id;
            Set<StillStore.Entry> files = entries(c, plan.stills());
            Pattern names = namePattern(name, code);
            // texts of the group sessions first, while the name is still known
            for (long session : plan.groupSessions()) scrubSession(c, session, id, names, former);
            for (long session : plan.individualSessions()) execute(c, "DELETE FROM sessions WHERE id = ?", session);
            for (long still : plan.stills()) execute(c, "DELETE FROM stills WHERE id = ?", still);
            execute(c, "DELETE FROM consents WHERE student_id = ?", id);
            execute(c, "DELETE FROM group_members WHERE student_id = ?", id);
            try (PreparedStatement s = c.prepareStatement("UPDATE students SET code = ?, name = ?, grade = NULL, class_name = NULL, "
                    + "left_on = NULL, erased_on = ? WHERE id = ?")) {
                s.setString(1, former);
                s.setString(2, codec.seal(Sealed.STUDENT_NAME, id, ""));
                s.setString(3, LocalDate.now().toString());
                s.setLong(4, id);
                s.executeUpdate();
            }
            int fileCount = 0;
            for (StillStore.Entry e : files) {
                if (!StoreWrites.referenced(c, e.hash())) {
                    PendingDeletions.add(c, PendingDeletions.stillFile(e));
                    fileCount++;
                }
            }
            audit.append(c, "erase", "{\"student\": \"" + code + "\", \"now\": \"" + former + "\", \"individual_sessions\": "
                    + plan.individualSessions().size() + ", \"group_sessions\": " + plan.groupSessions().size() + ", \"stills\": "
                    + plan.stills().size() + ", \"files\": " + fileCount + "}");
            return new Plan(code, plan.individualSessions(), plan.groupSessions(), plan.stills(), fileCount, plan.turnsKept(),
                    plan.placementsKept());
        });
        int removed = PendingDeletions.finish(db, folder);
        db.compact();
        log.info("erased a pupil: {} sessions, {} stills, {} files removed; the database was compacted",
                done.individualSessions().size(), done.stills().size(), removed);
        return done;
    }

    private Plan plan(Connection c, String code) throws SQLException {
        long id = Students.requireId(c, code);
        String erased = erasedOn(c, id);
        if (erased != null) throw new LibraryException("student.erased", code, erased);
        List<Long> individual = ids(c, "SELECT id FROM sessions WHERE student_id = ? ORDER BY id", id);
        List<Long> group = ids(c, "SELECT p.session_id FROM session_participants p JOIN sessions s ON s.id = p.session_id "
                + "WHERE p.student_id = ? AND s.group_id IS NOT NULL ORDER BY p.session_id", id);
        List<Long> stills = new ArrayList<>(ids(c, "SELECT st.id FROM stills st JOIN sessions s ON s.id = st.session_id "
                + "WHERE s.student_id = ? ORDER BY st.id", id));
        // a group still that is theirs alone: attributed to them, and no other member's figure tagged on it
        stills.addAll(ids(c, "SELECT st.id FROM stills st JOIN sessions s ON s.id = st.session_id WHERE s.group_id IS NOT NULL "
                + "AND st.student_id = ?1 AND NOT EXISTS (SELECT 1 FROM placement_marks m JOIN placements p ON p.id = m.placement_id "
                + "WHERE m.still_id = st.id AND p.student_id <> ?1) ORDER BY st.id", id));
        int turns = Jdbc.count(c, "SELECT COUNT(*) FROM turns t JOIN sessions s ON s.id = t.session_id WHERE t.student_id = ? AND s.group_id IS NOT NULL", id);
        int placements = Jdbc.count(c, "SELECT COUNT(*) FROM placements p JOIN sessions s ON s.id = p.session_id "
                + "WHERE p.student_id = ? AND s.group_id IS NOT NULL", id);
        return new Plan(code, individual, group, stills, entries(c, stills).size(), turns, placements);
    }

    /** In a group session: the pupil's own notes go, their name in every other text becomes the former member's code. */
    private void scrubSession(Connection c, long session, long studentId, Pattern names, String former) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE turns SET note = NULL WHERE session_id = ? AND student_id = ?")) {
            s.setLong(1, session);
            s.setLong(2, studentId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE placements SET note = NULL WHERE session_id = ? AND student_id = ?")) {
            s.setLong(1, session);
            s.setLong(2, studentId);
            s.executeUpdate();
        }
        if (names == null) return;
        for (Sealed col : List.of(Sealed.SESSION_TITLE, Sealed.SESSION_STORY, Sealed.SESSION_OBSERVATIONS, Sealed.SESSION_THEMES)) {
            rewrite(c, col, "SELECT id, " + col.column() + " FROM sessions WHERE id = ?", session, names, former);
        }
        rewrite(c, Sealed.TURN_NOTE, "SELECT id, note FROM turns WHERE session_id = ?", session, names, former);
        rewrite(c, Sealed.PLACEMENT_NOTE, "SELECT id, note FROM placements WHERE session_id = ?", session, names, former);
        rewrite(c, Sealed.ANNOTATION_TEXT, "SELECT a.id, a.text FROM annotations a JOIN stills st ON st.id = a.still_id "
                + "WHERE st.session_id = ?", session, names, former);
    }

    private void rewrite(Connection c, Sealed col, String select, long session, Pattern names, String former) throws SQLException {
        List<long[]> changedIds = new ArrayList<>();
        List<String> changedTexts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select)) {
            s.setLong(1, session);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String text = codec.open(col, id, r.getString(2));
                    if (text == null) continue;
                    String scrubbed = names.matcher(text).replaceAll(Matcher.quoteReplacement(former));
                    if (!scrubbed.equals(text)) {
                        changedIds.add(new long[] {id});
                        changedTexts.add(scrubbed);
                    }
                }
            }
        }
        for (int i = 0; i < changedIds.size(); i++) {
            long id = changedIds.get(i)[0];
            try (PreparedStatement s = c.prepareStatement("UPDATE " + col.table() + " SET " + col.column() + " = ? WHERE id = ?")) {
                s.setString(1, codec.seal(col, id, changedTexts.get(i)));
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
    }

    /**
     * The ways the pupil may be written in a note: the name in full (spaces or not), a Chinese
     * given name (the last two characters of a name of three or more), each Latin part of three
     * letters or more as a whole word, and the code as a whole word.
     */
    static Pattern namePattern(String name, String code) {
        List<String> alternatives = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            String full = name.strip();
            String compact = full.replaceAll("\\s+", "");
            boolean han = compact.codePoints().allMatch(ch -> ch == '·' || Character.isIdeographic(ch));
            alternatives.add(Pattern.quote(full));
            if (!compact.equals(full)) alternatives.add(Pattern.quote(compact));
            if (han && compact.codePointCount(0, compact.length()) >= 3) {
                alternatives.add(Pattern.quote(compact.substring(compact.offsetByCodePoints(0, compact.codePointCount(0, compact.length()) - 2))));
            }
            if (!han) {
                for (String part : full.split("[\\s·.,-]+")) {
                    if (part.length() >= 3) alternatives.add("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])");
                }
            }
        }
        alternatives.add("(?<![\\p{L}\\p{N}])" + Pattern.quote(code) + "(?![\\p{L}\\p{N}])");
        alternatives.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Set<StillStore.Entry> entries(Connection c, List<Long> stills) throws SQLException {
        Set<StillStore.Entry> out = new LinkedHashSet<>();
        for (long still : stills) {
            try (PreparedStatement s = c.prepareStatement("SELECT content_hash, media_type FROM stills WHERE id = ?")) {
                s.setLong(1, still);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) out.add(new StillStore.Entry(r.getString(1), Stills.extensionOf(r.getString(2))));
                }
            }
        }
        return out;
    }

    private static String nameOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM students WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String erasedOn(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT erased_on FROM students WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, long id) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
