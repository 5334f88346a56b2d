package org.sandtray.ui.roster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Students;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster kept by hand in the window, without a screen: every change said, every Undo exact. */
class RosterModelTest {
    @TempDir
    Path dir;
    private Library library;
    private Notice notice;
    private int refreshed;
    private RosterModel roster;

    @BeforeEach
    void open() {
        library = org.sandtray.library.TestLibraries.create(dir, "test");
        UiFixtures.club(library, true);
        roster = new RosterModel(library, new Messages(Locale.SIMPLIFIED_CHINESE), n -> notice = n, () -> refreshed++);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aPupilAddedByHandCanBeTakenBackUntilSomethingNamesThem() {
        Consent photo = new Consent(ConsentKind.PHOTO, true, false, LocalDate.of(2026, 9, 1), null);
        roster.add(new Students.Details("S4", "陈思远", "六年级", "1班"), null, photo);
        Student s4 = library.students().require("S4");
        assertEquals("陈思远", s4.name());
        assertFalse(s4.photosPermitted(), "the child said no: no photos");
        assertEquals(LocalDate.of(2026, 9, 1), s4.photo().recordedOn());
        assertEquals("陈思远（S4）已添加。", notice.text());
        assertTrue(refreshed > 0, "the table shows it");
        notice.undo().run();
        assertTrue(library.students().byCode("S4").isEmpty(), "Undo takes the pupil back out");
        assertEquals("陈思远（S4）已从名单中撤回。", notice.text());

        roster.add(new Students.Details("S4", "陈思远", null, null), null, null);
        Notice added = notice;
        library.sessions().startIndividual("S4", null, Instant.now());
        LibraryException inUse = assertThrows(LibraryException.class, () -> added.undo().run());
        assertEquals("student.inUse", inUse.problem().key(), "a pupil with a session is never taken back");
        assertTrue(library.students().byCode("S4").isPresent());
        roster.add(new Students.Details("S5", "赵一", null, null), null, null);
        long s5 = library.students().require("S5").id();
        assertTrue(s5 > library.students().require("S4").id(), "the id of the pupil taken back is not given again");
    }

    @Test
    void anEditSaysWhatChangedAndUndoPutsItBack() {
        roster.edit("S2", new Students.Details("S2b", "李雨彤", "五年级", "4班"));
        assertTrue(library.students().byCode("S2").isEmpty());
        Student s = library.students().require("S2b");
        assertEquals("李雨彤", s.name());
        assertEquals("4班", s.className());
        assertEquals(3, library.groups().require("沙盘世界").members().size(), "the group follows the pupil, not the code");
        assertEquals("李雨彤（S2b）已修改。", notice.text());
        notice.undo().run();
        Student back = library.students().require("S2");
        assertEquals("李雨桐", back.name());
        assertEquals("3班", back.className());
        roster.edit("S2", new Students.Details("S2", "李雨桐", "五年级", "3班"));
        assertEquals(Notice.Kind.NOTE, notice.kind(), "nothing changed: a calm note");
        assertThrows(LibraryException.class, () -> roster.edit("S2", new Students.Details("S1", "李雨桐", null, null)),
                "a code stays unique");
    }

    @Test
    void consentIsRecordedWithdrawnAndTakenBack() {
        Student s1 = library.students().require("S1");
        roster.withdraw(s1, ConsentKind.PHOTO, LocalDate.of(2026, 11, 2));
        assertFalse(library.students().require("S1").photosPermitted());
        assertEquals(LocalDate.of(2026, 11, 2), library.students().require("S1").photo().withdrawnOn());
        notice.undo().run();
        assertTrue(library.students().require("S1").photosPermitted(), "Undo: the consent before it is in force again");
        assertNull(library.students().require("S1").photo().withdrawnOn());

        roster.recordConsent(s1, new Consent(ConsentKind.PARTICIPATION, false, null, LocalDate.now(), null));
        assertFalse(library.students().require("S1").participation().permits());
        assertTrue(notice.text().contains("不同意"), notice.text());
        roster.recordConsent(s1, new Consent(ConsentKind.PARTICIPATION, null, null, LocalDate.now(), null));
        assertEquals(Notice.Kind.NOTE, notice.kind(), "no guardian's answer: nothing recorded");
    }
}
