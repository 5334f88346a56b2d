package org.sandtray.ui.session;

import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.sandtray.domain.Still;
import org.sandtray.ui.Background;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filmstrip's thumbnails: decoded off the UI thread, once per still, in a bounded cache. */
class ThumbnailsTest {
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<String> decodedOn = new CopyOnWriteArrayList<>();
    private final List<Long> decodedIds = new CopyOnWriteArrayList<>();

    private void pump(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            Runnable r = ui.poll(10, TimeUnit.SECONDS);
            if (r == null) throw new AssertionError("no decoded thumbnail came back");
            r.run();
        }
    }

    private static Still still(long id) {
        return new Still(id, 1, Instant.now(), 1, null, null, "h" + id, "image/jpeg", 640, 480, 1000, null, "test",
                org.sandtray.domain.TakenAtSource.CAMERA);
    }

    @Test
    void eachStillIsDecodedOnceOffTheUiThreadAndTheCacheIsBounded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "decoder"));
        try {
            Thumbnails thumbnails = new Thumbnails((still, width) -> {
                decodedOn.add(Thread.currentThread().getName());
                decodedIds.add(still.id());
                assertEquals(160, width, "decoded small");
                return new WritableImage(width, 120);
            }, new Background(pool, ui::add), 160, 3);

            List<Image> first = new ArrayList<>();
            thumbnails.request(still(1), first::add);
            thumbnails.request(still(1), first::add);  // a second cell asks while it is decoding
            assertTrue(first.isEmpty(), "nothing is decoded on the asking (UI) thread");
            pump(1);
            assertEquals(2, first.size(), "both cells get it");
            assertSame(first.get(0), first.get(1));
            assertEquals(List.of(1L), decodedIds, "decoded once");

            thumbnails.request(still(1), first::add);
            assertEquals(3, first.size(), "a cached thumbnail is handed over at once");
            assertEquals(List.of(1L), decodedIds);

            for (long id = 2; id <= 5; id++) {
                thumbnails.request(still(id), image -> { });
                pump(1);
            }
            assertEquals(3, thumbnails.size(), "the cache keeps at most its capacity");
            assertTrue(thumbnails.cached(still(1)).isEmpty(), "the least recently shown went first");
            assertTrue(thumbnails.cached(still(5)).isPresent());
            assertTrue(decodedOn.stream().allMatch("decoder"::equals), decodedOn.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStillThatCannotBeDecodedLeavesItsCellBlankAndCanBeAskedAgain() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            int[] calls = {0};
            Thumbnails thumbnails = new Thumbnails((still, width) -> {
                calls[0]++;
                throw new java.io.IOException("damaged");
            }, new Background(pool, ui::add), 160, 3);
            List<Image> got = new ArrayList<>();
            thumbnails.request(still(9), got::add);
            pump(1);
            assertTrue(got.isEmpty());
            thumbnails.request(still(9), got::add);
            pump(1);
            assertEquals(2, calls[0]);
        } finally {
            pool.shutdownNow();
        }
    }
}
