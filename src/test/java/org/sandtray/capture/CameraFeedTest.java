package org.sandtray.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live feed: frames keep coming while a still is stored; a camera that cannot open is retried and reported. */
class CameraFeedTest {
    @Test
    void aStillIsStoredWhileFramesKeepComing(@TempDir Path dir) throws Exception {
        try (Library library = Library.create(dir, "test");
             CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(1280, 720), 30, false),
                     new StillEncoder(90))) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, null));
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            feed.start();
            while (feed.framesGrabbed() < 5) Thread.sleep(5);
            long before = feed.framesGrabbed();
            long id = feed.captureStill(new LibraryStillSink(library, session, 2, "S1")).get(20, TimeUnit.SECONDS);
            assertTrue(feed.framesGrabbed() > before, "frames kept coming while the still was written");
            Still still = library.stills().require(id);
            assertEquals(1280, still.width());
            assertEquals(720, still.height());
            assertEquals(2, still.round());
            assertEquals("S1", still.studentCode());
            assertEquals("demo", still.source());
            Path file = dir.resolve("stills").resolve(still.contentHash().substring(0, 2)).resolve(still.contentHash() + ".jpg");
            assertTrue(Files.size(file) > 10_000);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "names a /dev/video node, which only Linux has")
    void aCameraThatCannotOpenIsReportedAndTriedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch reported = new CountDownLatch(2);
        StringBuilder message = new StringBuilder();
        try (CameraFeed feed = new CameraFeed(() -> {
            attempts.incrementAndGet();
            return FfmpegSource.device("/dev/video98", 1280, 720);
        }, new StillEncoder(90))) {
            feed.onStatus((live, text) -> {
                if (!live) {
                    synchronized (message) {
                        message.setLength(0);
                        message.append(text);
                    }
                    reported.countDown();
                }
            });
            feed.start();
            assertTrue(reported.await(15, TimeUnit.SECONDS), "the failure is reported, then reported again on retry");
            assertTrue(attempts.get() >= 2);
            synchronized (message) {
                assertTrue(message.toString().contains("/dev/video98"), message.toString());
            }
            assertTrue(feed.captureStill(still -> 1L).isCompletedExceptionally(), "no frame: no still");
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("camera-feed") && t.isAlive()),
                "closing the feed stops its thread");
    }
}
