package org.sandtray.capture;

import com.github.sarxos.webcam.Webcam;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Camera sources with real FFmpeg and OpenCV: spec names, a real video, a folder of images, a missing device, Webcam Capture's API. */
class SourcesTest {
    static final Path VIDEO = Path.of("fixtures/real/Megamind.avi");

    @AfterEach
    void resetWebcamCapture() {
        Webcam.resetDriver();
    }

    @Test
    void sourceSpecsNameEveryKindOfCamera() {
        assertEquals(new SourceSpec(SourceSpec.Kind.DEMO, null), SourceSpec.parse("demo"));
        assertEquals(new SourceSpec(SourceSpec.Kind.WEBCAM, null), SourceSpec.parse("webcam"));
        assertEquals(new SourceSpec(SourceSpec.Kind.WEBCAM, "HD Pro C920"), SourceSpec.parse("webcam:HD Pro C920"));
        assertEquals(new SourceSpec(SourceSpec.Kind.DEVICE, "/dev/video2"), SourceSpec.parse("device:/dev/video2"));
        assertEquals(new SourceSpec(SourceSpec.Kind.FILE, "/tmp/a b.avi"), SourceSpec.parse("file:/tmp/a b.avi"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("usb0"));
        assertTrue(unknown.getMessage().contains("webcam, webcam:NAME, device:/dev/videoN, file:PATH or demo"));
        assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("file:"));
    }

    @Test
    void aRealVideoIsReadFrameByFrameThroughFfmpeg() throws Exception {
        try (FfmpegSource source = FfmpegSource.file(VIDEO)) {
            source.open();
            assertEquals(720, source.width());
            assertEquals(528, source.height());
            int expected = source.lengthInFrames();
            int frames = 0;
            long last = -1;
            Mat frame;
            while ((frame = source.grab()) != null) {
                assertEquals(720, frame.cols());
                assertEquals(528, frame.rows());
                assertTrue(source.timestampMillis() >= last, "timestamps run forward");
                last = source.timestampMillis();
                frames++;
            }
            assertTrue(Math.abs(frames - expected) <= 2, frames + " frames read, FFmpeg reports " + expected);
            assertTrue(last > 10_000, "the video is 11 s long");
        }
    }

    @Test
    void aFolderOfImagesPlaysInNameOrderAndACorruptOneIsSkippedAndNamed(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Mat m = new Mat(120, 160, org.bytedeco.opencv.global.opencv_core.CV_8UC3,
                    new org.bytedeco.opencv.opencv_core.Scalar(i * 60, 100, 200, 0))) {
                imwrite(dir.resolve("frame-" + i + ".jpg").toString(), m);
            }
        }
        try (ImageFolderSource source = new ImageFolderSource(dir, 2)) {
            source.open();
            for (int i = 0; i < 3; i++) {
                Mat m = source.grab();
                assertEquals(160, m.cols());
                assertEquals(i * 500, source.timestampMillis());
            }
            assertNull(source.grab());
        }
        Files.writeString(dir.resolve("frame-1a.jpg"), "not a picture");
        java.util.List<org.sandtray.domain.Problem> skipped = new java.util.ArrayList<>();
        try (ImageFolderSource source = new ImageFolderSource(dir, 2)) {
            source.onSkip(skipped::add);
            source.open();
            source.grab();
            source.grab(); // frame-0, frame-1
            assertEquals(160, source.grab().cols(), "frame-2, after frame-1a.jpg");
            assertEquals(1, skipped.size(), "frame-1a.jpg is skipped");
            assertTrue(skipped.get(0).english().contains("frame-1a.jpg"), skipped.get(0).english());
            assertEquals(1500, source.timestampMillis(), "the skipped image keeps its place in time");
            assertNull(source.grab());
        }
    }

    @Test
    void aFolderWithAChineseNameOfRealPhotosPlays(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("沙盘 照片"));
        Files.copy(Path.of("fixtures/real/stuff.jpg"), folder.resolve("第一张.jpg"));
        Files.copy(Path.of("fixtures/real/smarties.png"), folder.resolve("第二张.png"));
        try (ImageFolderSource source = new ImageFolderSource(folder, 1)) {
            source.open();
            Mat first = source.grab();
            assertEquals(640, first.cols());
            assertEquals(480, first.rows());
            assertEquals(3, first.channels());
            Mat second = source.grab();
            assertEquals(413, second.cols());
            assertNull(source.grab());
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "names a /dev/video node, which only Linux has")
    void aMissingDeviceFailsAtOnceNamingIt() {
        long t0 = System.nanoTime();
        CameraException e = assertThrows(CameraException.class, () -> {
            try (FfmpegSource source = FfmpegSource.device("/dev/video99", 1920, 1080)) {
                source.open();
            }
        });
        assertTrue(e.getMessage().contains("/dev/video99"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "fails within seconds");
    }

    @Test
    void webcamCaptureListsAndOpensTheDemoCameraThroughOurDriver() {
        Webcam.setDriver(new SandtrayWebcamDriver(true));
        List<Webcam> webcams = Webcam.getWebcams();
        Webcam demo = webcams.stream().filter(w -> w.getName().equals("demo")).findFirst().orElseThrow();
        assertTrue(demo.open());
        try {
            BufferedImage image = demo.getImage();
            assertNotNull(image);
            assertEquals(1280, image.getWidth());
            assertEquals(720, image.getHeight());
        } finally {
            demo.close();
        }
    }

    @Test
    void theDemoTrayShowsTheHandAndThenTheFigure() {
        DemoTrayScene scene = new DemoTrayScene(640, 480, List.of(new DemoTrayScene.Visit(1000, 0.5, 0.5, 0, true)),
                DemoTrayScene.Lighting.STEADY, 0);
        int x = 32 + (int) Math.round(0.5 * (640 - 64));
        int y = 32 + (int) Math.round(0.5 * (480 - 64));
        try (Mat before = new Mat(); Mat during = new Mat(); Mat after = new Mat()) {
            scene.render(before, 500);
            scene.render(during, 1000 + DemoTrayScene.REACH_MILLIS + 100);
            scene.render(after, 4000);
            int[] sand = bgr(before, x, y);
            int[] hand = bgr(during, x, y);
            int[] figure = bgr(after, x, y);
            assertTrue(distance(sand, hand) > 40, "the hand is over the spot");
            assertTrue(distance(sand, figure) > 60, "the figure stands there after the hand left");
            assertTrue(distance(bgr(after, 60, 60), bgr(before, 60, 60)) < 5, "the rest of the tray is unchanged");
        }
    }

    private static int[] bgr(Mat m, int x, int y) {
        var p = m.ptr(y, x);
        return new int[] {p.get(0) & 0xFF, p.get(1) & 0xFF, p.get(2) & 0xFF};
    }

    private static int distance(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }
}
