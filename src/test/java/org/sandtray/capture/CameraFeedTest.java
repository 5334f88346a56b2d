package org.sandtray.capture;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live feed: frames keep coming while a still is stored, a still's frame copy is always released,
 * a camera that cannot open is retried and reported.
 */
class CameraFeedTest {
    /**
     * The grab loop keeps delivering new frames while a still is being stored: the sink waits,
     * inside its store, until ten more frames (with later timestamps) have arrived. A grab loop that
     * stalled during the write (encoding under the frame lock, or on the grabbing thread) sees none.
     */
    @Test
    void aStillIsStoredWhileFramesKeepComing(@TempDir Path dir) throws Exception {
        try (Library library = TestLibraries.create(dir, "test");
             CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(1280, 720), 30, false),
                     new StillEncoder(90))) {
            library.students().add(new org.sandtray.library.Students.Draft("S1", "王小明", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            AtomicLong seen = new AtomicLong();
            List<Long> stamps = new CopyOnWriteArrayList<>();
            AtomicBoolean storing = new AtomicBoolean();
            feed.onFrame((frame, t) -> {
                seen.incrementAndGet();
                if (storing.get()) stamps.add(t);
            });
            feed.start();
            while (feed.framesGrabbed() < 5) Thread.sleep(5);
            LibraryStillSink library1 = new LibraryStillSink(library, session, 2, "S1");
            long[] duringStore = new long[2];
            StillSink slow = still -> {
                storing.set(true);
                long from = seen.get();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (seen.get() < from + 10 && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                duringStore[0] = seen.get() - from;
                duringStore[1] = feed.stillFramesHeld();
                storing.set(false);
                return library1.store(still);
            };
            long id = feed.captureStill(slow).get(30, TimeUnit.SECONDS);
            assertTrue(duringStore[0] >= 10, "frames kept coming while the still was stored: " + duringStore[0]);
            for (int i = 1; i < stamps.size(); i++) {
                assertTrue(stamps.get(i) > stamps.get(i - 1), "each frame during the write is a new one: " + stamps);
            }
            assertEquals(1, duringStore[1], "the still's own copy of the frame is held while it is stored");
            assertEquals(0, feed.stillFramesHeld(), "and released once it is stored");
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

    /** A still asked for while the still thread no longer takes work: refused, and its frame copy released. */
    @Test
    void aRefusedStillReleasesItsFrame() throws Exception {
        ExecutorService refusing = Executors.newSingleThreadExecutor();
        refusing.shutdown();
        try (CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(320, 180), 30, false),
                new StillEncoder(90), refusing)) {
            feed.start();
            while (feed.framesGrabbed() < 3) Thread.sleep(5);
            CompletableFuture<Long> refused = feed.captureStill(still -> 1L);
            ExecutionException e = assertThrows(ExecutionException.class, () -> refused.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof CameraException, e.getCause().toString());
            assertEquals(0, feed.stillFramesHeld(), "the frame copied for the refused still is released");
        }
    }

    @Test
    void aClosedFeedTakesNoStill() throws Exception {
        CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(320, 180), 30, false), new StillEncoder(90));
        feed.start();
        while (feed.framesGrabbed() < 3) Thread.sleep(5);
        feed.close();
        assertTrue(feed.captureStill(still -> 1L).isCompletedExceptionally(), "no still from a closed camera");
        assertEquals(0, feed.stillFramesHeld());
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
