package org.sandtray.demo;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.timeline.StudentTimeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoLibraryTest {
    private static final int W = 640;
    private static final int H = 480;

    @Test
    void theDemoClubIsRecordedTurnByTurnAndPassesTheCheck(@TempDir Path dir) throws Exception {
        try (Library library = Library.create(dir, "test")) {
            DemoLibrary.Made made = new DemoLibrary(new DemoTrayPainter(W, H)).fill(library);
            assertEquals(8, made.students());
            List<Session> sessions = library.sessions().list();
            assertEquals(4, sessions.stream().filter(s -> s.kind() == SessionKind.GROUP).count());
            assertEquals(2, sessions.stream().filter(s -> s.kind() == SessionKind.INDIVIDUAL).count());
            for (Session s : sessions) {
                assertFalse(s.open(), "every demo session is ended");
                assertTrue(s.title() != null && s.story() != null, "titles and stories are filled");
            }
            Session first = sessions.get(sessions.size() - 1);
            var actions = library.turns().list(first.id()).stream().map(t -> t.action().code()).toList();
            assertTrue(actions.containsAll(List.of("place", "sand", "move", "pass", "adjust")), actions.toString());
            assertEquals(6, first.turnOrder().size());
            assertTrue(library.check().run(true).ok(), library.check().run(true).problems().toString());
            assertFalse(new StudentTimeline(library).of("D03").isEmpty());
        }
    }

    @Test
    void eachTaggedFigureStandsWhereTheStillShowsIt(@TempDir Path dir) throws Exception {
        try (Library library = Library.create(dir, "test")) {
            DemoTrayPainter painter = new DemoTrayPainter(W, H);
            new DemoLibrary(painter).fill(library);
            int checked = 0;
            for (Session s : library.sessions().list()) {
                for (Placement p : library.placements().list(s.id())) {
                    var mark = p.marks().get(0);
                    Still still = library.stills().require(mark.stillId());
                    int x = painter.inside().x() + (int) Math.round(mark.at().x() * painter.inside().width());
                    int y = painter.inside().y() + (int) Math.round(mark.at().y() * painter.inside().height());
                    int[] bgr = pixel(library, still, x, y);
                    int[] sand = pixel(library, still, painter.inside().x() + 3, painter.inside().y() + 3);
                    int difference = Math.abs(bgr[0] - sand[0]) + Math.abs(bgr[1] - sand[1]) + Math.abs(bgr[2] - sand[2]);
                    assertTrue(difference > 60, "a figure token is drawn at placement " + p.id() + " on still " + still.id());
                    checked++;
                }
            }
            assertTrue(checked > 30);
        }
    }

    @Test
    void aLibraryWithRecordsIsNotOverwritten(@TempDir Path dir) {
        try (Library library = Library.create(dir, "test")) {
            new DemoLibrary(new DemoTrayPainter(W, H)).fill(library);
            int sessions = library.sessions().list().size();
            assertThrows(LibraryException.class, () -> new DemoLibrary(new DemoTrayPainter(W, H)).fill(library));
            assertEquals(sessions, library.sessions().list().size());
        }
    }

    private static int[] pixel(Library library, Still still, int x, int y) throws Exception {
        byte[] bytes;
        try (InputStream in = library.stills().open(still)) {
            bytes = in.readAllBytes();
        }
        try (Mat raw = new Mat(new BytePointer(bytes)); Mat image = imdecode(raw, IMREAD_COLOR)) {
            assertEquals(W, image.cols());
            BytePointer p = image.ptr(y, x);
            return new int[] {p.get(0) & 0xFF, p.get(1) & 0xFF, p.get(2) & 0xFF};
        }
    }
}
