package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.FfmpegSource;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code capture} and {@code cameras} through the real command line, FFmpeg and OpenCV. */
class CaptureCommandTest {
    private static final Path VIDEO = Path.of("fixtures/real/Megamind.avi");

    @Test
    void stillsFromARealVideoMatchItsFrames(@TempDir Path dir) throws Exception {
        Cli.ok(dir, "init");
        try (Library library = TestLibraries.open(dir, "test")) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
        }
        long session = Cli.ok(dir, "session", "start", "--student", "S1").id();
        Cli.Result r = Cli.ok(dir, "capture", "--session", Long.toString(session), "--source", "file:" + VIDEO, "--every", "2s");
        List<Long> ids = r.out().lines().map(Long::parseLong).toList();
        assertEquals(6, ids.size(), "one still every 2 s of an 11.3 s video: " + r);
        try (Library library = TestLibraries.open(dir, "test")) {
            List<Still> stills = library.stills().list(session);
            assertEquals(ids, stills.stream().map(Still::id).toList());
            // the third still is the frame at 4 s: compare it with that frame decoded afresh
            Still third = stills.get(2);
            assertEquals(720, third.width());
            assertEquals(528, third.height());
            try (InputStream in = library.stills().open(third);
                 Mat stored = decode(in.readAllBytes());
                 FfmpegSource video = FfmpegSource.file(VIDEO);
                 Mat difference = new Mat()) {
                assertEquals(720, stored.cols());
                video.open();
                Mat frame = video.grab();
                while (video.timestampMillis() < 4000) frame = video.grab();
                absdiff(stored, frame, difference);
                double meanDifference = mean(difference).get(0);
                assertTrue(meanDifference < 6, "the still is the video's frame at 4 s (mean difference " + meanDifference + ")");
                Mat other = video.grab();
                for (int i = 0; i < 30; i++) other = video.grab();
                absdiff(stored, other, difference);
                assertTrue(mean(difference).get(0) > meanDifference, "and not a frame a second later");
            }
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "names a /dev/video node, which only Linux has")
    void aMissingDeviceIsNamedWithoutAStackTrace(@TempDir Path dir) {
        Cli.ok(dir, "init");
        try (Library library = TestLibraries.open(dir, "test")) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
        }
        long session = Cli.ok(dir, "session", "start", "--student", "S1").id();
        Cli.Result r = Cli.run(dir, "capture", "--session", Long.toString(session), "--source", "device:/dev/video99");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("/dev/video99"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.out().isBlank());
        Cli.Result bad = Cli.run(dir, "capture", "--session", Long.toString(session), "--source", "usb");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown camera source"), bad.err());
    }

    @Test
    void theDemoCameraSettlesIntoOneStillPerPlacement(@TempDir Path dir) {
        Cli.ok(dir, "init");
        try (Library library = TestLibraries.open(dir, "test")) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
        }
        long session = Cli.ok(dir, "session", "start", "--student", "S1").id();
        Cli.Result r = Cli.ok(dir, "capture", "--session", Long.toString(session), "--source", "demo", "--settle", "--count", "3");
        assertEquals(3, r.out().lines().count(), r.toString());
        Cli.Result cameras = Cli.ok(dir, "cameras");
        assertTrue(cameras.out().contains("\"demo\""), cameras.out());
    }

    @Test
    void stillsRememberTheTraySetupTheyWereTakenUnder(@TempDir Path dir) {
        Cli.ok(dir, "init");
        try (Library library = TestLibraries.open(dir, "test")) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
        }
        long session = Cli.ok(dir, "session", "start", "--student", "S1").id();
        long setup = Cli.ok(dir, "tray", "set", "--corners", "64,36,1216,36,1216,684,64,684", "--image", "1280x720",
                "--size", "72x57", "--session", Long.toString(session)).json().get("id").asLong();
        long still = Cli.ok(dir, "capture", "--session", Long.toString(session), "--source", "demo").id();
        try (Library library = TestLibraries.open(dir, "test")) {
            assertEquals(setup, library.stills().require(still).traySetupId());
            var stored = library.traySetups().byId(setup).orElseThrow();
            assertEquals(1216, stored.corners().get(2).x(), 1e-9);
            assertEquals(57, stored.heightCm(), 1e-9);
        }
        Cli.Result bad = Cli.run(dir, "tray", "set", "--corners", "1,2,3", "--image", "1280x720");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--corners needs 8 numbers"), bad.err());
    }

    private static Mat decode(byte[] jpeg) {
        try (Mat raw = new Mat(new BytePointer(jpeg))) {
            return imdecode(raw, IMREAD_COLOR);
        }
    }
}
