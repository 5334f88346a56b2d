package org.sandtray.review;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.library.Students;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Stills decoded by OpenCV from the store's bytes, at full or reduced width, kept within a memory budget. */
class StillImagesTest {
    @Test
    void realPhotosDecodeToBgraAndStayWithinTheBudget(@TempDir Path dir) throws Exception {
        try (Library library = TestLibraries.create(dir.resolve("lib"), "test")) {
            library.students().add(new Students.Draft("A", "安安", null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("A", null, Instant.now()).id();
            Still jpeg = library.stills().importFile(Fixtures.copy(Fixtures.STUFF_JPG, dir, "a.jpg", Instant.now()), session, null, null);
            Still png = library.stills().importFile(Fixtures.copy(Fixtures.SMARTIES_PNG, dir, "b.png", Instant.now()), session, null, null);

            StillImages images = new StillImages(library, 1_250_000);
            StillImages.Decoded full = images.load(jpeg, 0);
            assertEquals(640, full.width());
            assertEquals(480, full.height());
            assertEquals(640 * 480 * 4, full.bgra().length);
            assertEquals((byte) 255, full.bgra()[3], "opaque");
            assertSame(full, images.load(jpeg, 0), "the second time comes from the cache");
            assertTrue(images.isCached(jpeg, 0));

            StillImages.Decoded thumb = images.load(jpeg, 160);
            assertEquals(160, thumb.width());
            assertEquals(120, thumb.height());
            StillImages.Decoded smallPng = images.load(png, 100);
            assertEquals(100, smallPng.width());
            assertEquals(Math.round(356 * 100 / 413.0), smallPng.height());

            assertTrue(images.heldBytes() <= 1_250_000, "within the budget: " + images.heldBytes());
            assertFalse(images.isCached(jpeg, 0), "the full-size image (1.2 MB) went first to make room");
            // the full picture's centre pixel matches its thumbnail's roughly (same photo, reduced)
            int c = (240 * 640 + 320) * 4;
            int t = (60 * 160 + 80) * 4;
            for (int ch = 0; ch < 3; ch++) {
                assertTrue(Math.abs((full.bgra()[c + ch] & 0xFF) - (thumb.bgra()[t + ch] & 0xFF)) < 60, "channel " + ch);
            }
        }
    }
}
