package org.sandtray.library;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The consent rules, one for the window and the command line. The consent in force on a day is the
 * newest record of its kind recorded on or before that day (a record without a date counts from
 * always); it permits when the guardian consented, the child did not decline, and it was not
 * withdrawn on or before that day.
 * <ul>
 * <li>Participation not recorded: joining a group or a session goes ahead (counseling may start
 *     before the form is back), the audit log records it and both front ends warn.</li>
 * <li>Photo consent not in force: a still of an individual session is refused, naming the pupil;
 *     a still of a group session is stored and marked, and always exported de-identified.</li>
 * </ul>
 */
public final class Consents {
    private final Database db;

    Consents(Database db) {
        this.db = db;
    }

    /** The codes among these whose participation consent is not in force on the day. */
    public List<String> withoutParticipation(Collection<String> codes, LocalDate day) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            for (String code : codes) {
                if (!inForce(c, Students.requireId(c, code), ConsentKind.PARTICIPATION, day).permits()) out.add(code);
            }
            return out;
        });
    }

    /** The codes of the session's participants whose photo consent is not in force on the day. */
    public List<String> withoutPhotoConsent(long sessionId, LocalDate day) {
        return db.read(c -> photoMissing(c, sessionId, day));
    }

    /** The consent of the kind in force for the student on the day ({@link Consent#none} when nothing was recorded by then). */
    static Consent inForce(Connection c, long studentId, ConsentKind kind, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT guardian_consent, child_assent, recorded_on, withdrawn_on FROM consents "
                + "WHERE student_id = ? AND kind = ? AND (recorded_on IS NULL OR recorded_on <= ?) ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, studentId);
            s.setString(2, kind.code());
            s.setString(3, day.toString());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Consent.none(kind);
                LocalDate withdrawn = Timestamps.parseDate(r.getString(4));
                // a withdrawal dated after the day was not yet in effect then
                return new Consent(kind, Jdbc.getBool(r, "guardian_consent"), Jdbc.getBool(r, "child_assent"),
                        Timestamps.parseDate(r.getString(3)), withdrawn != null && withdrawn.isAfter(day) ? null : withdrawn);
            }
        }
    }

    /** Codes of the session's participants without photo consent on the day, in turn order. */
    static List<String> photoMissing(Connection c, long sessionId, LocalDate day) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String code : Sessions.participantCodes(c, sessionId)) {
            if (!inForce(c, Students.requireId(c, code), ConsentKind.PHOTO, day).permits()) out.add(code);
        }
        return out;
    }

    /** Codes among the students (by id) whose participation consent is not in force on the day. */
    static List<String> participationMissing(Connection c, Collection<Long> studentIds, LocalDate day) throws SQLException {
        List<String> out = new ArrayList<>();
        for (long id : studentIds) {
            if (!inForce(c, id, ConsentKind.PARTICIPATION, day).permits()) out.add(Students.codeOf(c, id));
        }
        return out;
    }
}
