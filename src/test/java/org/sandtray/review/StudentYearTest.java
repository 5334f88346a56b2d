package org.sandtray.review;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.domain.InvalidValue;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Placements;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A student's year as the review screens read it: sessions in a school year, final trays, turns, heatmap; two stills compared. */
class StudentYearTest {
    @TempDir
    Path tmp;

    @Test
    void schoolYearsRunFromSeptemberToAugust() {
        assertEquals(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)), DateRange.schoolYearOf(LocalDate.of(2027, 3, 5)));
        assertEquals(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)), DateRange.schoolYearOf(LocalDate.of(2026, 9, 1)));
        assertEquals(new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)), DateRange.schoolYearOf(LocalDate.of(2026, 8, 31)));
        assertThrows(InvalidValue.class, () -> new DateRange(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)));
        assertTrue(DateRange.ALL.contains(LocalDate.of(1999, 1, 1)));
    }

    @Test
    void aYearHoldsEverySessionOfThePupilWithItsFinalTrayAndTurns() throws Exception {
        byte[] photo = Files.readAllBytes(Fixtures.STUFF_JPG);
        try (Library library = TestLibraries.create(tmp.resolve("lib"), "test")) {
            for (String code : List.of("A", "B")) library.students().add(new Students.Draft(code, "学生" + code, null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
            library.groups().create(new Groups.Draft("社团", null, null, null, 60, List.of("A", "B"), LocalDate.of(2025, 1, 1)));
            // last school year: not in this year's view
            long old = library.sessions().startGroup("社团", "去年", List.of("A", "B"), Instant.parse("2026-05-12T04:40:00Z")).id();
            library.turns().add(old, "A", TurnAction.PASS, null, null, Instant.parse("2026-05-12T04:41:00Z"));

            Instant t0 = Instant.parse("2026-10-13T04:40:00Z");
            long group = library.sessions().startGroup("社团", "森林", List.of("B", "A"), t0).id();
            library.turns().add(group, "B", TurnAction.PLACE, "房子", null, t0.plusSeconds(10));
            long s1 = library.stills().add(SampleJpeg.variant(photo, 1), new Stills.Meta(group, t0.plusSeconds(20), null, null, null, "t")).id();
            long house = place(library, s1, "房子", "B", 0.5, 0.5);
            library.turns().add(group, "A", TurnAction.PLACE, "老虎", null, t0.plusSeconds(30));
            long s2 = library.stills().add(SampleJpeg.variant(photo, 2), new Stills.Meta(group, t0.plusSeconds(40), null, null, null, "t")).id();
            long tiger = place(library, s2, "老虎", "A", 0.1, 0.9);
            library.turns().add(group, "B", TurnAction.PASS, null, null, t0.plusSeconds(50));
            library.turns().add(group, "A", TurnAction.PLACE, "花", null, t0.plusSeconds(60));
            long s3 = library.stills().add(SampleJpeg.variant(photo, 3), new Stills.Meta(group, t0.plusSeconds(70), null, null, null, "t")).id();
            long flower = place(library, s3, "花", "A", 0.15, 0.95);

            Instant t1 = Instant.parse("2026-11-03T07:00:00Z");
            long alone = library.sessions().startIndividual("A", "自己", t1).id();
            long i1 = library.stills().add(SampleJpeg.variant(photo, 4), new Stills.Meta(alone, t1, null, null, null, "t")).id();
            place(library, i1, "栅栏", "A", 0.9, 0.1);

            StudentYear year = new StudentYears(library).of("A", DateRange.schoolYearOf(LocalDate.of(2026, 10, 1)));
            assertEquals(List.of(group, alone), year.sessions().stream().map(s -> s.session().id()).toList());

            YearSession g = year.sessions().get(0);
            assertEquals(SessionKind.GROUP, g.session().kind());
            assertEquals("森林", g.session().title());
            assertEquals(s3, g.finalStill().id(), "the tray as it was left: the last still");
            assertEquals(List.of(house, tiger, flower), g.finalTray().stream().map(StandingFigure::placementId).toList());
            assertEquals(List.of(tiger, flower), g.ownFinalFigures("A").stream().map(StandingFigure::placementId).toList());
            assertEquals(List.of(TurnAction.PLACE, TurnAction.PLACE), g.turns().stream().map(t -> t.action()).toList(), "only A's turns");
            assertEquals(1, g.firstTurnIndex(), "A drew the second place: replay opens on step 2");
            assertEquals(2, g.own().figures());
            assertEquals(3, g.whole().figures());
            assertEquals(1, g.whole().passes());
            assertNull(year.sessions().get(1).whole(), "an individual session is the pupil's own tray");

            assertEquals(3, year.total().figures(), "2 in the group tray, 1 alone");
            assertEquals(2, (int) year.heatmap().get(TrayZone.LOWER_LEFT), "the tiger and the flower ended lower left");
            assertEquals(1, (int) year.heatmap().get(TrayZone.UPPER_RIGHT), "the fence");
            assertEquals(7, year.total().emptyZones());
            assertEquals(2, year.emptyWorldSessions());

            StillTray.Comparison c = StillTray.compare(library, s1, i1);
            assertEquals(List.of(house), c.left().figures().stream().map(StandingFigure::placementId).toList());
            assertEquals(List.of("栅栏"), c.right().figures().stream().map(StandingFigure::figure).toList());
            StillTray later = StillTray.of(library, s3);
            assertEquals(List.of(house, tiger, flower), later.figures().stream().map(StandingFigure::placementId).toList(),
                    "markers carry forward to a later still");
            assertEquals(List.of(flower), later.figures().stream().filter(StandingFigure::changedNow).map(StandingFigure::placementId).toList());

            assertThrows(LibraryException.class, () -> new StudentYears(library).of("ZZ", DateRange.ALL));
            assertEquals(3, new StudentYears(library).of("A", DateRange.ALL).sessions().size());
        }
    }

    private static long place(Library library, long still, String figure, String student, double x, double y) {
        return library.placements().place(new Placements.Request(still, figure, student, new TrayPoint(x, y), null, null, null,
                false, null, null)).id();
    }
}
