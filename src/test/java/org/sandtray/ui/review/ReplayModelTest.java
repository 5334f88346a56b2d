package org.sandtray.ui.review;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The replay screen's logic without a screen, on a real library: what the counselor reads and sees
 * at each turn of a session with a late tag, a wrong key taken back, a move, a mistaken tag deleted
 * and a removal, worked out by hand from {@link ReviewFixture}.
 */
class ReplayModelTest {
    @TempDir
    Path tmp;
    Library library;
    ReviewFixture f;
    final Messages english = new Messages(Locale.ENGLISH);

    @BeforeEach
    void record() {
        library = org.sandtray.library.TestLibraries.create(tmp.resolve("lib"), "test");
        f = new ReviewFixture(library, Instant.parse("2026-10-13T04:40:00Z"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ReplayModel open(int step, String followed) {
        return new ReplayModel(library, english, Background.direct(), f.session, step, followed);
    }

    /** figure@x,y of the pins, as fractions of the picture (3 decimals), the changed one starred. */
    private static String pins(PinnedStill p) {
        return p.pins().stream().map(pin -> String.format(Locale.ROOT, "%s@%.3f,%.3f%s", pin.figure(), pin.x(), pin.y(),
                pin.changedNow() ? "*" : "")).collect(Collectors.joining(" "));
    }

    @Test
    void theTurnListAndEachStepSayWhatHappenedAndShowTheTrayAsItStoodThen() {
        ReplayModel m = open(0, null);
        assertTrue(m.loaded().get());
        assertEquals(List.of("1.1  学生A  place figure: 老虎", "1.2  学生B  place figure: 小桥", "1.3  学生C  pass",
                "2.1  学生A  move: 小桥", "2.2  学生B  place figure: 房子", "2.3  学生C  final adjustment"), m.turns(),
                "the wrong key taken back is not a turn");
        assertEquals("森林", m.title().get());
        assertEquals("小动物的家", m.story().get());
        assertEquals("与合作的主题相符", m.observations().get());
        assertEquals("保护", m.themes().get());

        assertEquals("Turn 1 of 6", m.position().get());
        assertEquals("Round 1 · turn 1 · 学生A · place figure: 老虎", m.headline().get());
        // tray (0.1, 0.1) lies at 0.1 + 0.8 * 0.1 = 0.18 of the picture through the tray setup
        assertEquals("老虎@0.180,0.180*", pins(m.picture().get()));
        assertEquals(f.stills.get(0), m.picture().get().still().id());

        assertTrue(m.key(KeyCode.RIGHT));
        assertEquals("Round 1 · turn 2 · 学生B · place figure: 小桥", m.headline().get());
        assertEquals("老虎@0.180,0.180 小桥@0.500,0.500*", pins(m.picture().get()), "the bridge tagged late stands from B's turn");
        assertEquals(f.stills.get(0), m.picture().get().still().id(), "no photo after this turn: the earlier one is the backdrop");
        assertTrue(m.detail().get().startsWith("No photo was taken after this turn: the photo is #" + f.stills.get(0)), m.detail().get());

        m.key(KeyCode.RIGHT);
        m.key(KeyCode.RIGHT);
        assertEquals("Round 2 · turn 1 · 学生A · move: 小桥", m.headline().get(), "the moved figure is named");
        // tray (0.7, 0.3) -> 0.1 + 0.8 * (0.7, 0.3) = (0.66, 0.34)
        assertEquals("老虎@0.180,0.180 小桥@0.660,0.340*", pins(m.picture().get()));
        assertEquals(f.stills.get(2), m.picture().get().still().id());

        m.key(KeyCode.RIGHT);
        assertEquals("老虎@0.180,0.180 小桥@0.660,0.340 房子@0.260,0.740*", pins(m.picture().get()), "the flower deleted as a mistake never stands");

        m.key(KeyCode.END);
        assertEquals("Turn 6 of 6", m.position().get());
        assertEquals("小桥@0.660,0.340 房子@0.260,0.740", pins(m.picture().get()), "the tiger taken out is gone");
        assertTrue(m.detail().get().contains("Taken out in this turn: 老虎"), m.detail().get());
        assertTrue(m.detail().get().contains("2 figure(s) in the tray."), m.detail().get());

        m.key(KeyCode.HOME);
        assertEquals(0, m.index().get());
        m.key(KeyCode.LEFT);
        assertEquals(0, m.index().get(), "before the first turn there is nothing: it stays");
        m.jump(3);
        assertEquals("Turn 4 of 6", m.position().get());
    }

    @Test
    void spacePlaysAtTheChosenSpeedAndStopsAtTheLastTurn() {
        ReplayModel m = open(3, null);
        assertEquals(3, m.index().get(), "opened at the step asked for");
        assertTrue(m.key(KeyCode.SPACE));
        assertTrue(m.playing().get());
        m.tick();
        assertEquals(4, m.index().get());
        m.tick();
        assertEquals(5, m.index().get());
        assertFalse(m.playing().get(), "the player stops on the last turn");
        m.tick();
        assertEquals(5, m.index().get());

        m.key(KeyCode.SPACE);
        assertTrue(m.playing().get());
        assertEquals(0, m.index().get(), "played again from the end, it starts from the first turn");
        m.key(KeyCode.RIGHT);
        assertFalse(m.playing().get(), "stepping by hand stops the player");
        assertEquals(1, m.index().get());
    }

    @Test
    void theConsolesTurnKeysRecordNothingHereAndSaySo() {
        ReplayModel m = open(0, null);
        int turns = library.turns().list(f.session).size();
        assertTrue(m.key(KeyCode.P));
        assertTrue(m.key(KeyCode.X));
        assertEquals(turns, library.turns().list(f.session).size(), "no turn recorded in a replay");
        assertEquals(Notice.Kind.NOTE, m.notice().get().kind());
        assertTrue(m.notice().get().text().contains("X records nothing here"), m.notice().get().text());
        assertEquals(0, m.index().get());
        assertFalse(m.key(KeyCode.Q), "a key the replay does not use is left alone");
    }

    @Test
    void opensAtAPupilsTurnAndMarksTheirTurnsInTheList() {
        ReplayModel m = open(2, "C");
        assertEquals("Round 1 · turn 3 · 学生C · pass", m.headline().get());
        assertEquals(List.of(false, false, true, false, false, true),
                java.util.stream.IntStream.range(0, 6).mapToObj(m::isFollowedTurn).toList());
        assertEquals(List.of("A", "B", "C"), m.participants());
    }

    @Test
    void aSessionRecordedWithoutTurnsIsReplayedPhotoByPhoto() {
        Instant t = Instant.parse("2026-10-14T07:00:00Z");
        long alone = library.sessions().startIndividual("A", null, t).id();
        byte[] photo = org.sandtray.bench.SampleJpeg.textured(640, 480, 3);
        long s1 = library.stills().add(photo, new org.sandtray.library.Stills.Meta(alone, t.plusSeconds(60), null, null, null, "t")).id();
        long s2 = library.stills().add(org.sandtray.bench.SampleJpeg.variant(photo, 1),
                new org.sandtray.library.Stills.Meta(alone, t.plusSeconds(120), null, null, null, "t")).id();
        library.placements().place(new org.sandtray.library.Placements.Request(s2, "花", "A",
                new org.sandtray.domain.TrayPoint(0.25, 0.5), null, null, null, false, null, null));
        ReplayModel m = new ReplayModel(library, english, Background.direct(), alone, 0, "A");
        assertFalse(m.byTurns());
        assertEquals(2, m.turns().size());
        assertTrue(m.turns().get(0).startsWith("1.  still #" + s1 + "  "), m.turns().get(0));
        assertEquals("Still 1 of 2", m.position().get());
        assertTrue(m.headline().get().startsWith("Still #" + s1 + " taken at "), m.headline().get());
        assertEquals("0 figure(s) in the tray.", m.detail().get(), "the photo is named once, in the headline");
        m.key(KeyCode.RIGHT);
        assertEquals(List.of("花"), m.picture().get().pins().stream().map(Pin::figure).toList());
        assertEquals(0.25, m.picture().get().pins().get(0).x(), 1e-9, "a still without a tray setup: the whole picture is the tray");
        assertEquals(List.of("A"), m.participants());
    }

    @Test
    void aSessionThatIsNotThereIsSaidInWordsAndNothingIsShown() {
        ReplayModel m = new ReplayModel(library, english, Background.direct(), 999, 0, null);
        assertFalse(m.loaded().get());
        assertEquals("no session with id 999 in the library", m.failure().get());
        assertFalse(m.key(KeyCode.RIGHT) && m.index().get() != -1);
        assertEquals(-1, m.index().get());
    }
}
