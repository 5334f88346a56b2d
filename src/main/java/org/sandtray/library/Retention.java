package org.sandtray.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long records are kept: a leaving date per pupil and a number of years after it (a setting
 * kept in the library, {@value #DEFAULT_YEARS} unless changed). A pupil is due for erasure once
 * that many years have passed since they left.
 */
public final class Retention {
    public static final int DEFAULT_YEARS = 3;

    /** A pupil past retention: when they left, and the day their records became due for erasure. */
    public record Due(String code, String name, LocalDate leftOn, LocalDate dueOn) {}

    private final Database db;
    private final FieldCodec codec;
    private final AuditLog audit;

    Retention(Database db, FieldCodec codec, AuditLog audit) {
        this.db = db;
        this.codec = codec;
        this.audit = audit;
    }

    public int years() {
        return db.read(c -> {
            String v = LibraryState.get(c, LibraryState.RETENTION_YEARS);
            return v == null ? DEFAULT_YEARS : Integer.parseInt(v);
        });
    }

    public void setYears(int years) {
        if (years < 0 || years > 100) throw new LibraryException("retention.badYears", years);
        db.transaction(c -> {
            LibraryState.put(c, LibraryState.RETENTION_YEARS, String.valueOf(years));
            audit.append(c, "retention", "{\"years\": " + years + "}");
            return null;
        });
    }

    /** Records the day the pupil left the school (null: not left). */
    public void setLeftOn(String code, LocalDate leftOn) {
        db.transaction(c -> {
            long id = Students.requireId(c, code);
            try (PreparedStatement s = c.prepareStatement("UPDATE students SET left_on = ? WHERE id = ?")) {
                s.setString(1, Timestamps.formatDate(leftOn));
                s.setLong(2, id);
                s.executeUpdate();
            }
            audit.append(c, "left", "{\"student\": \"" + code + "\", \"left_on\": " + (leftOn == null ? "null" : "\"" + leftOn + "\"") + "}");
            return null;
        });
    }

    /** The day the pupil left, if recorded. */
    public LocalDate leftOn(String code) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT left_on FROM students WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) throw Students.noSuchStudent(code);
                    return Timestamps.parseDate(r.getString(1));
                }
            }
        });
    }

    /** Pupils whose retention ended on or before the day, the longest overdue first. */
    public List<Due> due(LocalDate today) {
        int years = years();
        return db.read(c -> {
            List<Due> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, code, name, left_on FROM students "
                    + "WHERE left_on IS NOT NULL AND erased_on IS NULL ORDER BY left_on, code");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate left = Timestamps.parseDate(r.getString(4));
                    LocalDate dueOn = left.plusYears(years);
                    if (!dueOn.isAfter(today)) {
                        out.add(new Due(r.getString(2), codec.open(Sealed.STUDENT_NAME, r.getLong(1), r.getString(3)), left, dueOn));
                    }
                }
            }
            return out;
        });
    }
}
