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

    /**
     * What to change in a group; a null field is left as it is. Members added join on the date,
     * members removed leave on it (their past sessions keep them).
     */
    public record Change(String rename, DayOfWeek weekday, LocalTime startTime, List<String> add, List<String> remove,
                         LocalDate on) {
        public Change {
            add = add == null ? List.of() : add.stream().map(String::strip).toList();
            remove = remove == null ? List.of() : remove.stream().map(String::strip).toList();
            if (on == null) on = LocalDate.now();
        }

        public boolean empty() {
            return (rename == null || rename.isBlank()) && weekday == null && startTime == null && add.isEmpty() && remove.isEmpty();
        }
    }

    /** A group edit as it was done, with what is needed to take it back exactly. */
    public record Edited(Group before, Group after, List<Membership> memberships) {}

    /** One membership row an edit touched: inserted, reopened (left before) or closed (left on the edit's date). */
    public record Membership(String studentCode, LocalDate joinedOn, LocalDate leftBefore, boolean inserted) {}

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

    /**
     * Renames a group, changes when it meets, and lets members join or leave on a date, all in one
     * transaction. The membership history is kept: a member who leaves keeps their rows with the
     * day they left.
     */
    public Edited edit(String groupName, Change change) {
        if (change.empty()) throw new LibraryException("group.nothingToChange", groupName);
        return db.transaction(c -> {
            long id = requireId(c, codec, groupName);
            Group before = read(c, id);
            String name = change.rename() == null || change.rename().isBlank() ? before.name() : change.rename().strip();
            if (!name.equals(before.name()) && idOf(c, codec, name) != null) throw new LibraryException("group.duplicate", name);
            try (PreparedStatement s = c.prepareStatement("UPDATE groups SET name = ?, name_key = ?, weekday = ?, start_time = ? WHERE id = ?")) {
                s.setString(1, codec.seal(Sealed.GROUP_NAME, id, name));
                s.setString(2, codec.lookupKey(Sealed.GROUP_NAME, name));
                DayOfWeek weekday = change.weekday() != null ? change.weekday() : before.weekday();
                LocalTime time = change.startTime() != null ? change.startTime() : before.startTime();
                Jdbc.setInt(s, 3, weekday == null ? null : weekday.getValue());
                s.setString(4, time == null ? null : time.toString());
                s.setLong(5, id);
                s.executeUpdate();
            }
            List<Membership> touched = new ArrayList<>();
            List<Long> active = activeMemberIds(c, id, change.on());
            for (String code : change.add()) {
                long studentId = Students.requireId(c, code);
                if (active.contains(studentId)) throw new LibraryException("group.alreadyMember", code, before.name());
                LocalDate leftBefore = leftOnOfRowJoined(c, id, studentId, change.on());
                if (leftBefore != null) {
                    setLeftOn(c, id, studentId, change.on(), null);
                    touched.add(new Membership(code, change.on(), leftBefore, false));
                } else {
                    insertMember(c, id, studentId, change.on());
                    touched.add(new Membership(code, change.on(), null, true));
                }
                active.add(studentId);
            }
            for (String code : change.remove()) {
                long studentId = Students.requireId(c, code);
                LocalDate joined = openRowJoinedOn(c, id, studentId);
                if (joined == null || change.add().contains(code)) throw new LibraryException("group.notMember", code, before.name());
                setLeftOn(c, id, studentId, joined, change.on());
                touched.add(new Membership(code, joined, null, false));
            }
            List<Long> added = new ArrayList<>();
            for (String code : change.add()) added.add(Students.requireId(c, code));
            recordMissingParticipation(c, audit, "group", id, added, change.on());
            audit.append(c, "group", "edited group " + id);
            return new Edited(before, read(c, id), List.copyOf(touched));
        });
    }

    /** Takes an edit back exactly: the old name and meeting time, each membership row as it was. */
    public void revert(Edited edited) {
        db.transaction(c -> {
            long id = edited.before().id();
            try (PreparedStatement s = c.prepareStatement("UPDATE groups SET name = ?, name_key = ?, weekday = ?, start_time = ? WHERE id = ?")) {
                s.setString(1, codec.seal(Sealed.GROUP_NAME, id, edited.before().name()));
                s.setString(2, codec.lookupKey(Sealed.GROUP_NAME, edited.before().name()));
                Jdbc.setInt(s, 3, edited.before().weekday() == null ? null : edited.before().weekday().getValue());
                s.setString(4, edited.before().startTime() == null ? null : edited.before().startTime().toString());
                s.setLong(5, id);
                if (s.executeUpdate() == 0) throw new LibraryException("group.notFound", edited.before().name());
            }
            List<Membership> reversed = new ArrayList<>(edited.memberships());
            java.util.Collections.reverse(reversed);
            for (Membership m : reversed) {
                long studentId = Students.requireId(c, m.studentCode());
                if (m.inserted()) {
                    try (PreparedStatement s = c.prepareStatement(
                            "DELETE FROM group_members WHERE group_id = ? AND student_id = ? AND joined_on = ?")) {
                        s.setLong(1, id);
                        s.setLong(2, studentId);
                        s.setString(3, Timestamps.formatDate(m.joinedOn()));
                        s.executeUpdate();
                    }
                } else {
                    setLeftOn(c, id, studentId, m.joinedOn(), m.leftBefore());
                }
            }
            return null;
        });
    }

    private static LocalDate leftOnOfRowJoined(Connection c, long groupId, long studentId, LocalDate joined) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT left_on FROM group_members WHERE group_id = ? AND student_id = ? "
                + "AND joined_on = ?")) {
            s.setLong(1, groupId);
            s.setLong(2, studentId);
            s.setString(3, Timestamps.formatDate(joined));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Timestamps.parseDate(r.getString(1)) : null;
            }
        }
    }

    private static LocalDate openRowJoinedOn(Connection c, long groupId, long studentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT joined_on FROM group_members WHERE group_id = ? AND student_id = ? "
                + "AND left_on IS NULL ORDER BY joined_on DESC LIMIT 1")) {
            s.setLong(1, groupId);
            s.setLong(2, studentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Timestamps.parseDate(r.getString(1)) : null;
            }
        }
    }

    private static void setLeftOn(Connection c, long groupId, long studentId, LocalDate joined, LocalDate left) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE group_members SET left_on = ? WHERE group_id = ? AND student_id = ? "
                + "AND joined_on = ?")) {
            s.setString(1, Timestamps.formatDate(left));
            s.setLong(2, groupId);
            s.setLong(3, studentId);
            s.setString(4, Timestamps.formatDate(joined));
            s.executeUpdate();
        }
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

    /** Takes back a group created by mistake: only while no session was held with it. */
    public void removeUnused(String groupName) {
        db.transaction(c -> {
            long id = requireId(c, codec, groupName);
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sessions WHERE group_id = ? LIMIT 1")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) throw new LibraryException("group.inUse", groupName);
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM groups WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
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
