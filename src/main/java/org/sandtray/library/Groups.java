package org.sandtray.library;

import org.sandtray.domain.Group;
import org.sandtray.domain.GroupMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Club cohorts and who is in them when. */
public final class Groups {

    /** A new cohort: weekday and start time say when the club meets, so the home screen can show today's session. */
    public record Draft(String name, String term, DayOfWeek weekday, LocalTime startTime, int durationMinutes,
                        List<String> studentCodes, LocalDate joinedOn) {}

    private final Database db;
    private final FieldCodec codec;
    private final AuditLog audit;

    Groups(Database db, FieldCodec codec, AuditLog audit) {
        this.db = db;
        this.codec = codec;
        this.audit = audit;
    }

    public long create(Draft draft) {
        if (draft.name() == null || draft.name().isBlank()) throw new LibraryException("group.needsName");
        var unique = new LinkedHashSet<>(draft.studentCodes());
        if (unique.size() != draft.studentCodes().size()) {
            throw new LibraryException("group.studentTwice", draft.name());
        }
        return db.transaction(c -> {
            if (idOf(c, codec, draft.name()) != null) throw new LibraryException("group.duplicate", draft.name());
            List<Long> studentIds = new ArrayList<>();
            for (String code : draft.studentCodes()) studentIds.add(Students.requireId(c, code));
            long id = Ids.take(c, "groups");
            String name = draft.name().strip();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO groups(id, name, name_key, term, weekday, start_time, "
                    + "duration_minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, codec.seal(Sealed.GROUP_NAME, id, name));
                s.setString(3, codec.lookupKey(Sealed.GROUP_NAME, name));
                s.setString(4, draft.term());
                Jdbc.setInt(s, 5, draft.weekday() == null ? null : draft.weekday().getValue());
                s.setString(6, draft.startTime() == null ? null : draft.startTime().toString());
                s.setInt(7, draft.durationMinutes() > 0 ? draft.durationMinutes() : 60);
                s.setString(8, Timestamps.format(Instant.now()));
                s.executeUpdate();
            }
            LocalDate joined = draft.joinedOn() != null ? draft.joinedOn() : LocalDate.now();
            for (long studentId : studentIds) insertMember(c, id, studentId, joined);
            recordMissingParticipation(c, audit, "group", id, studentIds, joined);
            return id;
        });
    }

    /**
     * Joining goes ahead without participation consent in force (counseling may begin before the
     * form is back), and the audit log says so, with the codes and the day ({@link Consents}).
     */
    static void recordMissingParticipation(Connection c, AuditLog audit, String what, long id, List<Long> studentIds,
                                           LocalDate day) throws SQLException {
        List<String> missing = Consents.participationMissing(c, studentIds, day);
        if (missing.isEmpty()) return;
        StringBuilder codes = new StringBuilder();
        for (String code : missing) codes.append(codes.length() == 0 ? "" : ",").append('"').append(code).append('"');
        audit.append(c, "consent-missing", "{\"" + what + "\": " + id + ", \"day\": \"" + day + "\", \"participation_not_in_force\": ["
                + codes + "]}");
    }

    private static void insertMember(Connection c, long groupId, long studentId, LocalDate joined) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO group_members(group_id, student_id, joined_on) VALUES (?, ?, ?)")) {
            s.setLong(1, groupId);
            s.setLong(2, studentId);
            s.setString(3, Timestamps.formatDate(joined));
            s.executeUpdate();
        }
    }

    public void addMember(String groupName, String code, LocalDate joinedOn) {
        db.transaction(c -> {
            long groupId = requireId(c, codec, groupName);
            long studentId = Students.requireId(c, code);
            if (activeMemberIds(c, groupId, joinedOn).contains(studentId)) {
                throw new LibraryException("group.alreadyMember", code, groupName);
            }
            insertMember(c, groupId, studentId, joinedOn);
            recordMissingParticipation(c, audit, "group", groupId, List.of(studentId), joinedOn);
            return null;
        });
    }

    /** Marks a member as having left; past sessions keep them. */
    public void removeMember(String groupName, String code, LocalDate leftOn) {
        db.transaction(c -> {
            long groupId = requireId(c, codec, groupName);
            long studentId = Students.requireId(c, code);
            try (PreparedStatement s = c.prepareStatement("UPDATE group_members SET left_on = ? "
                    + "WHERE group_id = ? AND student_id = ? AND left_on IS NULL")) {
                s.setString(1, Timestamps.formatDate(leftOn));
                s.setLong(2, groupId);
                s.setLong(3, studentId);
                if (s.executeUpdate() == 0) throw new LibraryException("group.notMember", code, groupName);
            }
            return null;
        });
    }

    public List<Group> list() {
        return db.read(c -> {
            List<Group> out = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM groups");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
            for (long id : ids) out.add(read(c, id));
            // sealed names cannot be ordered by SQL
            out.sort(java.util.Comparator.comparing(Group::name));
            return out;
        });
    }

    public Optional<Group> byName(String name) {
        return db.read(c -> {
            Long id = idOf(c, codec, name);
            return id == null ? Optional.empty() : Optional.of(read(c, id));
        });
    }

    public Group require(String name) {
        return byName(name).orElseThrow(() -> new LibraryException("group.notFound", name));
    }

    /** The group of the name, found through its lookup key (its name is sealed). */
    static Long idOf(Connection c, FieldCodec codec, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM groups WHERE name_key = ?")) {
            s.setString(1, name == null ? null : codec.lookupKey(Sealed.GROUP_NAME, name.strip()));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    static long requireId(Connection c, FieldCodec codec, String name) throws SQLException {
        Long id = idOf(c, codec, name);
        if (id == null) throw new LibraryException("group.notFound", name);
        return id;
    }

    static String nameOf(Connection c, FieldCodec codec, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM groups WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? codec.open(Sealed.GROUP_NAME, id, r.getString(1)) : null;
            }
        }
    }

    /** Students in the group on the given day, in the order they joined. */
    static List<Long> activeMemberIds(Connection c, long groupId, LocalDate day) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT student_id FROM group_members WHERE group_id = ? "
                + "AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) ORDER BY joined_on, rowid")) {
            s.setLong(1, groupId);
            s.setString(2, day.toString());
            s.setString(3, day.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getLong(1));
            }
        }
        return out;
    }

    private Group read(Connection c, long id) throws SQLException {
        List<GroupMember> members = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT st.code, m.joined_on, m.left_on FROM group_members m "
                + "JOIN students st ON st.id = m.student_id WHERE m.group_id = ? ORDER BY m.joined_on, m.rowid")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(new GroupMember(r.getString(1), Timestamps.parseDate(r.getString(2)),
                            Timestamps.parseDate(r.getString(3))));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM groups WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Integer weekday = Jdbc.getInt(r, "weekday");
                String start = r.getString("start_time");
                return new Group(id, codec.open(Sealed.GROUP_NAME, id, r.getString("name")), r.getString("term"),
                        weekday == null ? null : DayOfWeek.of(weekday),
                        start == null ? null : LocalTime.parse(start), r.getInt("duration_minutes"), List.copyOf(members));
            }
        }
    }
}
