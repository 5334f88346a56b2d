package org.sandtray.ui.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.domain.Category;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A pupil's year without a screen, on a real library: the sessions of the dates chosen, their
 * words, where replay opens, the chart's numbers (counted again here from the stored placements),
 * the counts table, the "empty world" reference and choosing two stills to compare.
 */
class StudentYearModelTest {
    @TempDir
    Path tmp;
    Library library;
    ReviewFixture group;
    long alone, aloneStill, passOnly, lastYear;
    final Messages english = new Messages(Locale.ENGLISH);
    final Clock today = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneId.of("UTC"));

    @BeforeEach
    void record() {
        library = org.sandtray.library.TestLibraries.create(tmp.resolve("lib"), "test");
        group = new ReviewFixture(library, Instant.parse("2026-10-13T04:40:00Z"));
        byte[] photo = SampleJpeg.textured(640, 480, 9);
        lastYear = library.sessions().startIndividual("A", null, Instant.parse("2026-05-12T04:40:00Z")).id();
        long old = library.stills().add(photo, new Stills.Meta(lastYear, Instant.parse("2026-05-12T04:50:00Z"), null, null, null, "t")).id();
        place(old, "房子", "A", 0.5, 0.5);
        library.sessions().end(lastYear, new Sessions.WrapUp("去年", null, null, null), Instant.parse("2026-05-12T05:30:00Z"));

        Instant t1 = Instant.parse("2026-11-03T07:00:00Z");
        alone = library.sessions().startIndividual("A", null, t1).id();
        aloneStill = library.stills().add(SampleJpeg.variant(photo, 1), new Stills.Meta(alone, t1.plusSeconds(60), null, null, null, "t")).id();
        place(aloneStill, "栅栏", "A", 0.9, 0.1);
        library.sessions().end(alone, new Sessions.WrapUp("我的家", null, null, null), t1.plusSeconds(1800));

        Instant t2 = Instant.parse("2026-12-01T04:40:00Z");
        passOnly = library.sessions().startGroup("周二社团", null, List.of("A", "B", "C"), t2).id();
        library.turns().add(passOnly, "A", TurnAction.PASS, null, null, t2.plusSeconds(10));
        library.turns().add(passOnly, "B", TurnAction.PASS, null, null, t2.plusSeconds(20));
        library.sessions().end(passOnly, new Sessions.WrapUp(null, null, null, null), t2.plusSeconds(600));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void place(long still, String figure, String student, double x, double y) {
        library.placements().place(new Placements.Request(still, figure, student, new TrayPoint(x, y), null, null, null, false, null, null));
    }

    private StudentYearModel year(String code) {
        return new StudentYearModel(library, english, Background.direct(), code, today);
    }

    @Test
    void opensOnThisSchoolYearWithEachSessionsTrayWordsAndWhereReplayStarts() {
        StudentYearModel m = year("A");
        assertEquals(LocalDate.of(2026, 9, 1), m.from().get());
        assertEquals(LocalDate.of(2027, 8, 31), m.to().get());
        assertTrue(m.loaded().get());
        assertEquals(List.of(group.session, alone, passOnly), m.cards().stream().map(c -> c.session().session().id()).toList(),
                "the May session belongs to last school year");
        assertEquals("学生A (A) · 3 session(s) · 2026-09-01 to 2027-08-31", m.headline().get());

        YearCard g = m.cards().get(0);
        assertEquals("2026-10-13 · 周二社团", g.line());
        assertEquals("2 turn(s): place figure 1, move 1", g.turns());
        assertEquals(0, g.replayStep(), "A drew the first place");
        assertEquals(group.stills.get(group.stills.size() - 1), g.picture().still().id(), "the tray as it was left");
        assertEquals(0, g.picture().countOf("A"), "the tiger A placed was taken out at the end");
        assertEquals(2, g.picture().pins().size(), "B's bridge and house stand on the last still");
        YearCard i = m.cards().get(1);
        assertEquals("2026-11-03 · individual session · 学生A", i.line());
        assertEquals("Individual session", i.turns());
        assertEquals(0, i.replayStep());
        YearCard p = m.cards().get(2);
        assertFalse(p.hasStill());
        assertEquals("1 turn(s): pass 1", p.turns());

        StudentYearModel b = year("B");
        assertEquals(1, b.cards().get(0).replayStep(), "B's first turn is the second of the session");
        StudentYearModel c = year("C");
        assertEquals(2, c.cards().get(0).replayStep());
    }

    @Test
    void theChartCountsThePupilsFiguresPerSessionByCategory() {
        StudentYearModel m = year("A");
        // counted again from what the library stores, placement by placement
        Map<String, Map<Category, Integer>> expected = new LinkedHashMap<>();
        for (long s : List.of(group.session, alone, passOnly)) {
            Map<Category, Integer> counts = new EnumMap<>(Category.class);
            for (Placement pl : library.placements().list(s)) {
                if (pl.studentCode().equals("A")) counts.merge(pl.category(), 1, Integer::sum);
            }
            String day = library.sessions().require(s).startedAt().toString().substring(5, 10);
            expected.put(day, counts);
        }
        assertEquals(expected, m.figuresByCategory());
        assertEquals(Map.of(Category.ANIMALS, 1), m.figuresByCategory().get("10-13"));
        assertEquals(List.of(Category.ANIMALS, Category.FENCES), m.categoriesUsed());

        List<StudentYearModel.CountsRow> rows = m.countsRows();
        assertEquals(List.of(1, 1, 0, 2), rows.stream().map(r -> r.own().figures()).toList());
        assertEquals(List.of(false, false, false, true), rows.stream().map(StudentYearModel.CountsRow::total).toList());
        assertEquals(3, rows.get(0).whole().figures(), "tiger, bridge and house; the flower deleted as a mistake is not counted");
        assertNull(rows.get(1).whole(), "an individual session has no group tray");
        assertEquals(1, rows.get(3).own().fences());
        assertEquals(1, rows.get(3).own().passes());
        assertEquals(1, rows.get(3).own().moves());
        assertEquals("老虎", rows.get(3).own().firstFigure());
        assertTrue(m.reference().get().contains("Their part met it in 3 of 3 session(s); the whole group tray in 2 of 2."),
                m.reference().get());
    }

    @Test
    void theDatesChooseTheSessionsAndAStartAfterTheEndIsRefusedCalmly() {
        StudentYearModel m = year("A");
        m.from().set(LocalDate.of(2026, 11, 1));
        m.to().set(LocalDate.of(2026, 11, 30));
        m.reload();
        assertEquals(List.of(alone), m.cards().stream().map(c -> c.session().session().id()).toList());

        m.from().set(LocalDate.of(2027, 1, 1));
        m.to().set(LocalDate.of(2026, 12, 1));
        m.reload();
        assertEquals(Notice.Kind.NOTE, m.notice().get().kind());
        assertEquals("The start 2027-01-01 is after the end 2026-12-01: nothing was changed.", m.notice().get().text());
        assertEquals(List.of(alone), m.cards().stream().map(c -> c.session().session().id()).toList(), "what was shown stays");

        m.allSessions();
        assertEquals(List.of(lastYear, group.session, alone, passOnly), m.cards().stream().map(c -> c.session().session().id()).toList());
        assertTrue(m.headline().get().endsWith("all dates"), m.headline().get());
        m.thisSchoolYear();
        assertEquals(3, m.cards().size());
    }

    @Test
    void twoFinalStillsAreChosenForComparisonOlderFirst() {
        StudentYearModel m = year("A");
        YearCard g = m.cards().get(0);
        YearCard i = m.cards().get(1);
        YearCard p = m.cards().get(2);
        m.toggleChosen(p);
        assertTrue(m.chosen().isEmpty(), "a session without a photo cannot be compared");
        assertEquals("2026-12-01 · 周二社团 has no photo to compare.", m.notice().get().text());
        m.toggleChosen(i);
        assertFalse(m.canCompare().get());
        m.toggleChosen(g);
        assertTrue(m.canCompare().get());
        assertArrayEquals(new long[] {g.session().finalStill().id(), aloneStill}, m.comparison(), "older session on the left");
        m.toggleChosen(g);
        assertFalse(m.canCompare().get(), "ticked again, it is un-chosen");
        assertNull(m.comparison());

        m.allSessions();
        assertTrue(m.chosen().isEmpty(), "new dates, new choice");
        m.toggleChosen(m.cards().get(0));
        m.toggleChosen(m.cards().get(1));
        m.toggleChosen(m.cards().get(2));
        assertEquals(List.of(m.cards().get(1), m.cards().get(2)), List.copyOf(m.chosen()), "a third choice replaces the oldest");
    }
}
