package org.sandtray.library;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The roster: students, their pseudonym codes and their consents. Names are sealed. */
public final class Students {

    /** A student to add: consents may be {@link Consent#none} when not yet recorded. */
    public record Draft(String code, String name, String grade, String className,
                        Consent participation, Consent photo) {}

    /** A pupil's details as the counselor edits them: code, name, grade and class (consents are recorded apart). */
    public record Details(String code, String name, String grade, String className) {
        public Details {
            code = code == null ? null : code.strip();
            name = name == null ? null : name.strip();
            grade = blankToNull(grade);
            className = blankToNull(className);
        }

        public static Details of(Student s) {
            return new Details(s.code(), s.name(), s.grade(), s.className());
        }
    }

    private final Database db;
    private final FieldCodec codec;

    Students(Database db, FieldCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public long add(Draft draft) {
        return addAll(List.of(draft)).get(0);
    }

    /** Adds every student or none: a code already in the library stops the whole batch. */
    public List<Long> addAll(Collection<Draft> drafts) {
        return db.transaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Draft d : drafts) {
                if (idOf(c, d.code()) != null) {
                    throw new LibraryException("student.duplicate", d.code());
                }
                ids.add(insert(c, d));
            }
            return ids;
        });
    }

    /**
     * Changes a pupil's code, name, grade and class (one transaction). The code must stay unique;
     * sessions, groups and stills follow the pupil, whose id does not change.
     *
     * @return the pupil as they were before, so the change can be taken back
     */
    public Student edit(String code, Details details) {
        return db.transaction(c -> {
            long id = requireId(c, code);
            Student before = readOne(c, id);
            edit(c, id, details);
            return before;
        });
    }

    /** The edit inside a caller's transaction (the roster import updates existing pupils with it). */
    void edit(Connection c, long id, Details d) throws SQLException {
        requireValid(d);
        Long other = idOf(c, d.code());
        if (other != null && other != id) throw new LibraryException("student.duplicate", d.code());
        try (PreparedStatement s = c.prepareStatement("UPDATE students SET code = ?, name = ?, grade = ?, class_name = ? WHERE id = ?")) {
            s.setString(1, d.code());
            s.setString(2, codec.seal(Sealed.STUDENT_NAME, id, d.name()));
            s.setString(3, d.grade());
            s.setString(4, d.className());
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    private static void requireValid(Details d) {
        if (d.code() == null || d.code().isEmpty()) throw new LibraryException("student.needsCode");
        if (!d.code().matches("[\\p{L}\\p{N}_.-]{1,32}")) throw new LibraryException("student.badCode", d.code());
        if (d.name() == null || d.name().isEmpty()) throw new LibraryException("student.needsName", d.code());
    }

    /**
     * Takes back a pupil added by mistake: only while nothing was recorded about them (no session,
     * group, turn, still or placement names them); their consents go with them.
     */
    public void remove(String code) {
        db.transaction(c -> {
            long id = requireId(c, code);
            for (String table : new String[] {"group_members", "sessions", "session_participants", "session_absences", "turns",
                    "placements", "stills"}) {
                try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE student_id = ? LIMIT 1")) {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) throw new LibraryException("student.inUse", code);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM students WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Takes back a consent record just recorded: the one before it is in force again. */
    public void removeConsent(long consentId) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM consents WHERE id = ?")) {
                s.setLong(1, consentId);
                if (s.executeUpdate() == 0) throw new LibraryException("consent.notFound", consentId);
            }
            return null;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Student readOne(Connection c, long id) throws SQLException {
        Map<Long, Consent[]> consents = consents(c, id);
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM students WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return read(r, consents);
            }
        }
    }

    private static Long insertConsent(Connection c, long studentId, Consent consent) throws SQLException {
        if (consent == null || (consent.guardianConsent() == null && consent.childAssent() == null && consent.withdrawnOn() == null)) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consents(id, student_id, kind, guardian_consent, child_assent, "
                + "recorded_on, withdrawn_on, created_at) VALUES (" + Ids.next("consents") + ", ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, studentId);
            s.setString(2, consent.kind().code());
            Jdbc.setBool(s, 3, consent.guardianConsent());
            Jdbc.setBool(s, 4, consent.childAssent());
            s.setString(5, Timestamps.formatDate(consent.recordedOn()));
            s.setString(6, Timestamps.formatDate(consent.withdrawnOn()));
            s.setString(7, Timestamps.format(Instant.now()));
            return Database.insert(s);
        }
    }

    /** What a roster import did: students added, students whose details or consents changed, students as they were. */
    public record ImportSummary(int added, int updated, int unchanged) {}

    /**
     * Imports a roster in one transaction: a new code is added; a code already in the library
     * updates that student (name, grade, class; a consent that differs from the one in force is
     * recorded anew, so the history stays); a student the roster describes as stored is unchanged.
     * A consent the roster leaves out (no column, or an empty cell) is left as it is, and so is a
     * consent withdrawn in the library (an old roster must not give it back).
     */
    public ImportSummary importRoster(Collection<Draft> drafts) {
        return db.transaction(c -> {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Draft d : drafts) {
                Long id = idOf(c, d.code());
                if (id == null) {
                    insert(c, d);
                    added++;
                    continue;
                }
                boolean changed = false;
                Student current;
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM students WHERE id = ?")) {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        current = read(r, consents(c, id));
                    }
                }
                if (!d.name().equals(current.name()) || !java.util.Objects.equals(d.grade(), current.grade())
                        || !java.util.Objects.equals(d.className(), current.className())) {
                    edit(c, id, new Details(d.code(), d.name(), d.grade(), d.className())); // the one way a pupil is changed
                    changed = true;
                }
                changed |= recordIfDifferent(c, id, current.participation(), d.participation());
                changed |= recordIfDifferent(c, id, current.photo(), d.photo());
                if (changed) updated++; else unchanged++;
            }
            return new ImportSummary(added, updated, unchanged);
        });
    }

    /** A roster's consent that says something other than the one in force becomes the new record. */
    private static boolean recordIfDifferent(Connection c, long id, Consent current, Consent given) throws SQLException {
        if (given == null || given.guardianConsent() == null && given.childAssent() == null) return false; // not in the roster
        // a withdrawal recorded here is not undone by an old roster: consent is given again explicitly, in the window
        if (current.withdrawnOn() != null) return false;
        boolean same = java.util.Objects.equals(current.guardianConsent(), given.guardianConsent())
                && java.util.Objects.equals(current.childAssent(), given.childAssent());
        if (same) return false;
        insertConsent(c, id, given);
        return true;
    }

    private long insert(Connection c, Draft d) throws SQLException {
        requireValid(new Details(d.code(), d.name(), d.grade(), d.className()));
        long id = Ids.take(c, "students");
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO students(id, code, name, grade, class_name, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, d.code());
            s.setString(3, codec.seal(Sealed.STUDENT_NAME, id, d.name()));
            s.setString(4, d.grade());
            s.setString(5, d.className());
            s.setString(6, Timestamps.format(Instant.now()));
            s.executeUpdate();
        }
        insertConsent(c, id, d.participation());
        insertConsent(c, id, d.photo());
        return id;
    }

    /**
     * Records a new consent; the newest record of each kind is the one in force.
     *
     * @return the new record's id (to take it back), or null when the consent said nothing and nothing was stored
     */
    public Long recordConsent(String code, Consent consent) {
        return db.transaction(c -> insertConsent(c, requireId(c, code), consent));
    }

    /** Withdraws the consent in force from the given day; the history stays. */
    public Long withdrawConsent(String code, ConsentKind kind, LocalDate on) {
        Student student = require(code);
        Consent current = kind == ConsentKind.PHOTO ? student.photo() : student.participation();
        if (current.withdrawnOn() != null || current.guardianConsent() == null) {
            throw new LibraryException("consent.nothingToWithdraw", code);
        }
        return recordConsent(code, new Consent(kind, current.guardianConsent(), current.childAssent(), current.recordedOn(), on));
    }

    public List<Student> list() {
        return db.read(c -> {
            Map<Long, Consent[]> consents = consents(c, null);
            List<Student> out = new ArrayList<>();
            // an erased pupil is no longer on the roster (their row stays as a former member of group sessions)
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM students WHERE erased_on IS NULL ORDER BY code");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(read(r, consents));
            }
            return out;
        });
    }

    public Optional<Student> byCode(String code) {
        return db.read(c -> {
            Long id = idOf(c, code);
            return id == null ? Optional.empty() : Optional.of(readOne(c, id));
        });
    }

    public Student require(String code) {
        return byCode(code).orElseThrow(() -> noSuchStudent(code));
    }

    static LibraryException noSuchStudent(String code) {
        return new LibraryException("student.notFound", code);
    }

    static Long idOf(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM students WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    static long requireId(Connection c, String code) throws SQLException {
        Long id = idOf(c, code);
        if (id == null) throw noSuchStudent(code);
        return id;
    }

    static String codeOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM students WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The consent in force for each student (or one student): [participation, photo]. */
    private static Map<Long, Consent[]> consents(Connection c, Long onlyStudent) throws SQLException {
        Map<Long, Consent[]> out = new HashMap<>();
        String sql = "SELECT * FROM consents" + (onlyStudent != null ? " WHERE student_id = ?" : "") + " ORDER BY id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (onlyStudent != null) s.setLong(1, onlyStudent);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ConsentKind kind = ConsentKind.fromCode(r.getString("kind"));
                    Consent consent = new Consent(kind, Jdbc.getBool(r, "guardian_consent"), Jdbc.getBool(r, "child_assent"),
                            Timestamps.parseDate(r.getString("recorded_on")), Timestamps.parseDate(r.getString("withdrawn_on")));
                    out.computeIfAbsent(r.getLong("student_id"), k -> new Consent[2])[kind.ordinal()] = consent;
                }
            }
        }
        return out;
    }

    private Student read(ResultSet r, Map<Long, Consent[]> consents) throws SQLException {
        long id = r.getLong("id");
        Consent[] cs = consents.getOrDefault(id, new Consent[2]);
        return new Student(id, r.getString("code"), codec.open(Sealed.STUDENT_NAME, id, r.getString("name")), r.getString("grade"),
                r.getString("class_name"),
                cs[0] != null ? cs[0] : Consent.none(ConsentKind.PARTICIPATION),
                cs[1] != null ? cs[1] : Consent.none(ConsentKind.PHOTO));
    }
}
