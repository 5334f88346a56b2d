package org.sandtray.ui.review;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;
import org.sandtray.ui.Background;
import org.sandtray.ui.StillDecoder;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The review screens' pictures: real JPEG stills from a real library, decoded by OpenCV on a worker
 * thread at the width asked, in the right colours, once, in a cache bounded by memory.
 */
class ReviewImagesTest {
    @TempDir
    Path tmp;
    Library library;
    long session;
    final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    final List<String> decodedOn = new CopyOnWriteArrayList<>();
    ExecutorService pool;

    @BeforeEach
    void open() {
        library = org.sandtray.library.TestLibraries.create(tmp.resolve("lib"), "test");
        library.students().add(new Students.Draft("A", "学生A", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
        session = library.sessions().startIndividual("A", null, Instant.parse("2026-10-13T04:40:00Z")).id();
        pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "decoder"));
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        library.close();
    }

    /** A JPEG written by Java's own encoder: red on the left half, blue on the right. */
    private Still redAndBlue(int n) throws Exception {
        BufferedImage image = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(210, 40, 20 * n)); // a different photo for each n (else one file serves them all)
        g.fillRect(0, 0, 640, 960);
        g.setColor(new java.awt.Color(30, 50, 200));
        g.fillRect(640, 0, 640, 960);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return library.stills().add(out.toByteArray(), new Stills.Meta(session, Instant.parse("2026-10-13T04:41:00Z").plusSeconds(n),
                null, null, null, "test"));
    }

    private ReviewImages images(long budget) {
        StillDecoder openCv = ReviewImages.openCv(library);
        return new ReviewImages((still, width) -> {
            decodedOn.add(Thread.currentThread().getName());
            return openCv.decode(still, width);
        }, new Background(pool, ui::add), budget);
    }

    private void pump() throws InterruptedException {
        Runnable r = ui.poll(20, TimeUnit.SECONDS);
        assertNotNull(r, "nothing came back from the worker");
        r.run();
    }

    @Test
    void aThumbnailIsDecodedOnceOffTheUiThreadAtItsWidthInItsColours() throws Exception {
        Still still = redAndBlue(1);
        ReviewImages images = images(64L << 20);
        List<Image> got = new ArrayList<>();
        images.request(still, 220, got::add, e -> fail(e));
        images.request(still, 220, got::add, e -> fail(e));
        assertTrue(got.isEmpty(), "nothing is decoded on the asking thread");
        pump();
        assertEquals(2, got.size());
        assertSame(got.get(0), got.get(1));
        assertEquals(List.of("decoder"), decodedOn, "decoded once, on a worker");
        Image thumb = got.get(0);
        assertEquals(220, thumb.getWidth(), 0);
        assertEquals(165, thumb.getHeight(), 0);
        PixelReader px = thumb.getPixelReader();
        Color left = px.getColor(40, 80);
        Color right = px.getColor(180, 80);
        assertTrue(left.getRed() > 0.7 && left.getBlue() < 0.3, "red stays red: " + left);
        assertTrue(right.getBlue() > 0.65 && right.getRed() < 0.2, "blue stays blue: " + right);
        assertEquals(1, right.getOpacity(), 1e-9);

        assertTrue(images.cached(still, 220).isPresent());
        assertTrue(images.cached(still, 0).isEmpty(), "the full size is another picture");
        images.request(still, 0, got::add, e -> fail(e));
        pump();
        assertEquals(1280, got.get(2).getWidth(), 0);
    }

    @Test
    void theCacheKeepsToItsBudgetDroppingTheLeastRecentlyShown() throws Exception {
        Still a = redAndBlue(1);
        Still b = redAndBlue(2);
        Still c = redAndBlue(3);
        long full = 1280L * 960 * 4;
        ReviewImages images = images(2 * full + 1000);
        for (Still s : List.of(a, b)) {
            images.request(s, 0, i -> { }, e -> fail(e));
            pump();
        }
        images.request(a, 0, i -> { }, e -> fail(e)); // a is shown again: b is now the oldest
        images.request(c, 0, i -> { }, e -> fail(e));
        pump();
        assertEquals(2, images.size());
        assertTrue(images.cached(a, 0).isPresent());
        assertTrue(images.cached(b, 0).isEmpty(), "the least recently shown went");
        assertTrue(images.heldBytes() <= 2 * full + 1000);
    }

    @Test
    void aYearsThumbnailsComeBackInTwoBatchesDecodedOffTheUiThread() throws Exception {
        Still a = redAndBlue(1);
        Still b = redAndBlue(2);
        Still c = redAndBlue(3);
        Still d = redAndBlue(4);
        ReviewImages images = images(64L << 20);
        images.request(a, 220, i -> { }, e -> fail(e));
        pump();
        decodedOn.clear();
        List<java.util.Map<Long, Image>> batches = new ArrayList<>();
        int[] done = {0};
        images.requestAll(List.of(a, b, c, d), 220, batches::add, () -> done[0]++);
        assertEquals(1, batches.size(), "the cached one is handed over at once");
        assertEquals(java.util.Set.of(a.id()), batches.get(0).keySet());
        pump();
        pump();
        assertEquals(3, batches.size(), "the three others in two batches, one per worker");
        assertEquals(java.util.Set.of(b.id(), c.id(), d.id()), java.util.Set.copyOf(
                batches.subList(1, 3).stream().flatMap(m -> m.keySet().stream()).toList()));
        assertEquals(1, done[0]);
        assertEquals(3, decodedOn.size());
        assertTrue(decodedOn.stream().allMatch("decoder"::equals), decodedOn.toString());
        assertEquals(220, batches.get(1).values().iterator().next().getWidth(), 0);
        assertTrue(images.cached(d, 220).isPresent(), "kept for the next time the year is shown");
    }

    @Test
    void aDamagedStillIsReportedAndNotKept() throws Exception {
        Still still = redAndBlue(1);
        try (Stream<Path> files = Files.walk(library.folder())) {
            Path file = files.filter(p -> p.getFileName().toString().equals(still.fileName())).findFirst().orElseThrow();
            Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        }
        ReviewImages images = images(64L << 20);
        List<Throwable> failed = new ArrayList<>();
        images.request(still, 220, i -> fail("a damaged still has no picture"), failed::add);
        pump();
        assertEquals(1, failed.size());
        assertTrue(images.cached(still, 220).isEmpty());
        Still good = redAndBlue(2);
        List<java.util.Map<Long, Image>> batches = new ArrayList<>();
        int[] done = {0};
        images.requestAll(List.of(still, good), 220, batches::add, () -> done[0]++);
        pump();
        pump();
        assertEquals(1, done[0], "the year is complete even with a damaged photo in it");
        assertEquals(java.util.Set.of(good.id()), java.util.Set.copyOf(batches.stream().flatMap(m -> m.keySet().stream()).toList()));
    }
}
