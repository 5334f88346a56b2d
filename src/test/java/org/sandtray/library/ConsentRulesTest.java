package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The consent rules as the library enforces them, for the window and the command line alike: the
 * consent in force on the day; an individual session's still refused without photo consent, naming
 * the pupil; a group session's stored and marked; joining without participation consent recorded.
 */
class ConsentRulesTest {
    @TempDir
    Path tmp;

    private static Instant on(String day) {
        return LocalDate.parse(day).atTime(12, 40).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static byte[] photo() throws Exception {
        return Files.readAllBytes(Fixtures.STUFF_JPG);
    }

    @Test
    void anIndividualSessionsStillNeedsPhotoConsentInForceOnThatDay() throws Exception {
        try (Library library = TestLibraries.create(tmp.resolve("lib"))) {
            library.students().add(new Students.Draft("S01", "王小明", null, null, null,
                    new Consent(ConsentKind.PHOTO, true, true, LocalDate.parse("2026-09-10"), null)));
            long session = library.sessions().startIndividual("S01", null, on("2026-09-01")).id();
            LibraryException before = assertThrows(LibraryException.class,
                    () -> library.stills().add(photo(), new Stills.Meta(session, on("2026-09-01"), null, null, null, "camera")));
            assertEquals("still.noPhotoConsent", before.problem().key());
            assertEquals(List.of("S01", LocalDate.parse("2026-09-01")), before.problem().args(), "the pupil and the day are named");
            assertEquals(0, Fixtures.count(library, "stills"));
            assertEquals(List.of(), Fixtures.stillFiles(tmp.resolve("lib")), "nothing was written");

            library.stills().add(photo(), new Stills.Meta(session, on("2026-09-10"), null, null, null, "camera"));
            library.students().withdrawConsent("S01", ConsentKind.PHOTO, LocalDate.parse("2026-10-01"));
            library.stills().add(Fixtures.readVariant(1), new Stills.Meta(session, on("2026-09-30"), null, null, null, "camera"));
            assertEquals("still.noPhotoConsent", assertThrows(LibraryException.class, () -> library.stills().add(Fixtures.readVariant(2),
                    new Stills.Meta(session, on("2026-10-01"), null, null, null, "camera"))).problem().key(),
                    "from the day of the withdrawal on, no more");
            assertEquals(2, Fixtures.count(library, "stills"));
        }
    }

    @Test
    void aGroupSessionsStillIsStoredAndMarkedAndJoiningWithoutParticipationIsRecorded() throws Exception {
        try (Library library = TestLibraries.create(tmp.resolve("lib"))) {
            Consent take = new Consent(ConsentKind.PARTICIPATION, true, true, null, null);
            library.students().addAll(List.of(new Students.Draft("S01", "王小明", null, null, take, Fixtures.PHOTOS_ALLOWED),
                    new Students.Draft("S02", "李华", null, null, null, null)));
            library.groups().create(new Groups.Draft("周二社团", null, null, null, 60, List.of("S01", "S02"), LocalDate.parse("2026-09-01")));
            assertEquals(List.of("S02"), library.consents().withoutParticipation(List.of("S01", "S02"), LocalDate.parse("2026-09-01")));
            var lines = library.audit().list().stream().filter(e -> e.event().equals("consent-missing")).toList();
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).detail().contains("\"S02\"") && !lines.get(0).detail().contains("李华"), lines.get(0).detail());

            long session = library.sessions().startGroup("周二社团", null, List.of("S01", "S02"), on("2026-09-08")).id();
            assertEquals(2, library.audit().list().stream().filter(e -> e.event().equals("consent-missing")).count(),
                    "the session started, and the audit log says who had no participation consent");
            long still = library.stills().add(photo(), new Stills.Meta(session, on("2026-09-08"), null, null, null, "camera")).id();
            assertEquals(java.util.Set.of(still), library.stills().withoutPhotoConsent(session));
            assertEquals(List.of("S02"), library.consents().withoutPhotoConsent(session, LocalDate.parse("2026-09-08")));

            library.students().recordConsent("S02", new Consent(ConsentKind.PHOTO, true, true, LocalDate.parse("2026-09-09"), null));
            long later = library.stills().add(Fixtures.readVariant(3), new Stills.Meta(session, on("2026-09-09"), null, null, null, "camera")).id();
            assertFalse(library.stills().withoutPhotoConsent(session).contains(later), "consent recorded since: not marked");
            assertTrue(library.stills().withoutPhotoConsent(session).contains(still), "the earlier still keeps its mark");
        }
    }

    @Test
    void theCommandLineRefusesTheImportNamingThePupilAndWarnsForAGroup() throws Exception {
        Path lib = tmp.resolve("cli");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"),
                "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,no,2025-09-01\nS02,李华,5,2,yes,2025-09-01\n").toString());
        long individual = Cli.ok(lib, "session", "start", "--student", "S01").id();
        Path photo = Fixtures.copy(Fixtures.STUFF_JPG, tmp.resolve("in"), "IMG_1.jpg", Instant.now());
        Cli.Result refused = Cli.run(lib, "--lang", "en", "still", "import", "--session", String.valueOf(individual), photo.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("no photo consent was in force for S01"), refused.err());
        Cli.ok(lib, "group", "create", "社团", "--students", "S01,S02");
        long group = Cli.ok(lib, "session", "start", "--group", "社团").id();
        Cli.Result stored = Cli.run(lib, "--lang", "en", "still", "import", "--session", String.valueOf(group), photo.toString());
        assertEquals(0, stored.code(), stored.toString());
        assertTrue(stored.err().contains("S01 had no photo consent") && stored.err().contains("exported de-identified"), stored.err());
    }
}
