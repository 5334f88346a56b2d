package org.sandtray.ui.home;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Group;
import org.sandtray.domain.GroupMember;
import org.sandtray.domain.Session;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Students;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A group kept by hand in the window, and absent members at the start of a session, without a screen. */
class GroupEditingTest {
    @TempDir
    Path dir;
    private Library library;
    private Notice notice;
    private GroupEditing editing;

    @BeforeEach
    void open() {
        library = org.sandtray.library.TestLibraries.create(dir, "test");
        UiFixtures.club(library, true);
        library.students().add(new Students.Draft("S4", "陈思远", null, null, null, null));
        editing = new GroupEditing(library, new Messages(Locale.ENGLISH), n -> notice = n, () -> { });
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void membersJoinAndLeaveOnADateAndUndoPutsTheHistoryBack() {
        Group before = library.groups().require("沙盘世界");
        LocalDate on = LocalDate.now().plusDays(7);
        editing.edit(before, new GroupEditing.Wanted("周三沙盘", DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), Set.of("S1", "S3", "S4"), on));
        Group after = library.groups().require("周三沙盘");
        assertEquals(DayOfWeek.WEDNESDAY, after.weekday());
        assertEquals("Group 周三沙盘 changed (1 joined, 1 left, on " + on + ").", notice.text());
        GroupMember s2 = after.members().stream().filter(m -> m.studentCode().equals("S2")).findFirst().orElseThrow();
        assertEquals(on, s2.leftOn(), "S2 leaves on the date given; the history keeps when they were in");
        assertTrue(s2.activeOn(LocalDate.now()), "until then S2 is still in");
        notice.undo().run();
        Group back = library.groups().require("沙盘世界");
        assertEquals(before, back, "Undo puts the name, day, time and every membership row back");
        editing.edit(back, new GroupEditing.Wanted("沙盘世界", DayOfWeek.TUESDAY, LocalTime.of(12, 40), Set.of("S1", "S2", "S3"),
                LocalDate.now()));
        assertEquals(Notice.Kind.NOTE, notice.kind());
    }

    @Test
    void aNewGroupIsTakenBackOnlyWhileItHasNoSession() {
        editing.create(new GroupEditing.Wanted("个别辅导组", null, null, Set.of("S4"), LocalDate.now()));
        notice.undo().run();
        assertTrue(library.groups().byName("个别辅导组").isEmpty());
        editing.create(new GroupEditing.Wanted("个别辅导组", null, null, Set.of("S4"), LocalDate.now()));
        Notice created = notice;
        library.sessions().startGroup("个别辅导组", null, null, java.time.Instant.now());
        assertThrows(LibraryException.class, () -> created.undo().run());
    }

    @Test
    void absentMembersAreLeftOutOfTheTurnOrderAndRecorded() {
        HomeModel home = new HomeModel(library, Clock.systemDefaultZone());
        Group g = library.groups().require("沙盘世界");
        assertEquals(List.of("S1", "S2", "S3"), home.membersToday(g));
        long id = home.startGroup("沙盘世界", List.of("S2"), s -> HomeModel.OpenSessionAnswer.START_NEW).orElseThrow();
        Session s = library.sessions().require(id);
        assertEquals(List.of("S2"), s.absent());
        assertEquals(Set.of("S1", "S3"), Set.copyOf(s.turnOrder()));
        assertEquals(Set.of("S1", "S3"), Set.copyOf(library.sessions().participants(id)));
    }
}
