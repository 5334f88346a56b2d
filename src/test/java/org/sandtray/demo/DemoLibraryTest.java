package org.sandtray.demo;

import org.sandtray.library.TestLibraries;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.Still;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.timeline.StudentTimeline;
import org.sandtray.vision.TrayMapping;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoLibraryTest {
    private static final int W = 640;
    private static final int H = 480;

    @Test
    void theDemoClubIsRecordedTurnByTurnAndPassesTheCheck(@TempDir Path dir) throws Exception {
        try (Library library = TestLibraries.create(dir, "test")) {
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

    /**
     * Each tagged figure is where its still shows it, as a counselor's tools would find it: the tag's
     * tray point goes through the tray setup stored with the still (vision/TrayMapping) to a pixel of
     * the stored JPEG, and there stands a token in the colour of the figure's category (the demo
     * camera's palette, written out here). Not the painter's own geometry: a stored setup that does
     * not match the photographs fails.
     */
    @Test
    void eachTaggedFigureStandsWhereTheStillShowsIt(@TempDir Path dir) throws Exception {
        try (Library library = TestLibraries.create(dir, "test")) {
            new DemoLibrary(new DemoTrayPainter(W, H)).fill(library);
            int checked = 0;
            for (Session s : library.sessions().list()) {
                for (Placement p : library.placements().list(s.id())) {
                    for (var mark : p.marks()) {
                        if (mark.at() == null) continue;
                        Still still = library.stills().require(mark.stillId());
                        assertNotNull(still.traySetupId(), "demo stills are taken under a tray setup");
                        TraySetup setup = library.traySetups().byId(still.traySetupId()).orElseThrow();
                        assertEquals(still.width(), setup.imageWidth());
                        ImagePoint at = new TrayMapping(setup).toImage(mark.at());
                        int[] bgr = pixel(library, still, (int) Math.round(at.x()), (int) Math.round(at.y()));
                        int[] token = TOKEN_BGR[p.category().ordinal() % TOKEN_BGR.length];
                        int difference = Math.abs(bgr[0] - token[0]) + Math.abs(bgr[1] - token[1]) + Math.abs(bgr[2] - token[2]);
                        assertTrue(difference < 60, "a " + p.category() + " token stands at " + p.figureName() + "'s tag on still "
                                + still.id() + " (pixel " + Arrays.toString(bgr) + ", token " + Arrays.toString(token) + ")");
                        checked++;
                    }
                }
            }
            assertTrue(checked > 40, "marks checked: " + checked);
        }
    }

    /** The demo camera's token colours (BGR) by category, as the user guide's screenshots show them. */
    private static final int[][] TOKEN_BGR = {{60, 60, 220}, {40, 140, 240}, {50, 160, 50}, {160, 90, 60}, {200, 60, 60},
            {180, 50, 180}, {0, 215, 255}, {30, 90, 140}};

    @Test
    void aLibraryWithRecordsIsNotOverwritten(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
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
