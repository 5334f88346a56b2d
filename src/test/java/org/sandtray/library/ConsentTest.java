package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Consent for taking part and for photos, guardian's and child's, recorded from the roster and withdrawable. */
class ConsentTest {

    @TempDir
    Path tmp;

    @Test
    void rosterConsentsAreKeptApartAndAWithdrawalKeepsTheHistory() throws Exception {
        Path lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), """
                code,name,grade,class,photo_consent,participation_consent,child_assent,consent_date
                S01,王小明,5,2,yes,yes,yes,2026-09-01
                S02,李华,5,2,yes,yes,no,2026-09-02
                S03,张伟,5,2,no,yes,,
                """);
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        try (Library library = TestLibraries.open(lib, "test")) {
            Student s1 = library.students().require("S01");
            assertTrue(s1.photosPermitted());
            assertTrue(s1.participation().permits());
            assertEquals(LocalDate.of(2026, 9, 1), s1.photo().recordedOn());

            Student s2 = library.students().require("S02");
            assertFalse(s2.photosPermitted(), "the child declined: a guardian's yes is not enough");
            assertEquals(Boolean.FALSE, s2.photo().childAssent());

            Student s3 = library.students().require("S03");
            assertFalse(s3.photosPermitted());
            assertTrue(s3.participation().permits(), "photo and participation consents are separate");

            library.students().withdrawConsent("S01", ConsentKind.PHOTO, LocalDate.of(2026, 11, 2));
            Student withdrawn = library.students().require("S01");
            assertFalse(withdrawn.photosPermitted());
            assertEquals(LocalDate.of(2026, 11, 2), withdrawn.photo().withdrawnOn());
            assertTrue(withdrawn.participation().permits(), "withdrawing photo consent leaves participation as it was");
            assertEquals(7, Fixtures.count(library, "consents"), "the old consent record is kept beside the withdrawal");
        }
        String table = Cli.ok(lib, "student", "list").out();
        assertTrue(table.contains("withdrawn 2026-11-02"), table);
        assertTrue(table.contains("no (child declined)"), table);
    }
}
