package org.sandtray.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.review.Replay;
import org.sandtray.review.SessionHistory;
import org.sandtray.review.TrayCounts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The case pack's page on a pupil says what the student's year in the window says (real library). */
class StudentSummaryTest {
    @TempDir
    Path tmp;
    CaseLibrary club;

    @BeforeEach
    void club() throws IOException {
        club = CaseLibrary.create(tmp.resolve("library"));
    }

    @AfterEach
    void close() {
        club.library.close();
    }

    @Test
    void aFigureMovedLaterCountsWhereItStoodAtTheEndAsInTheWindow() {
        Placement tiger = club.library.placements().list(club.groupSession).stream()
                .filter(p -> p.figureName().equals("老虎")).findFirst().orElseThrow();
        assertEquals(TrayZone.UPPER_LEFT, TrayZone.of(tiger.firstPosition()));
        club.library.placements().move(tiger.id(), club.groupStills.get(2).id(), new TrayPoint(0.85, 0.85));

        StudentSummary summary = StudentSummary.of(ExportSource.read(club.library, ExportScope.student("S01", null, null)), "S01", true);

        assertEquals(0, summary.zone(TrayZone.UPPER_LEFT), "the tiger left the upper left");
        assertEquals(1, summary.zone(TrayZone.LOWER_RIGHT), "it stood in the lower right at the end");
        assertEquals(3, summary.figureTotal(), "tiger, bridge, pine");
        assertEquals(List.of("老虎", "小桥"), summary.sessions().get(0).figures(), "in the order S01 placed them");
        TrayCounts window = TrayCounts.none();
        for (long session : List.of(club.groupSession, club.laterSession)) {
            window = window.plus(TrayCounts.of(Replay.of(SessionHistory.load(club.library, session)), "S01"));
        }
        assertEquals(window.zones(), summary.total().zones(), "the same heatmap as the student's year");
        assertEquals(window.categories(), summary.categoryTotals());
        assertEquals(1, summary.total().moves(), "the move is counted for the pupil whose turn it was");
    }
}
