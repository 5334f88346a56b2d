package org.sandtray.ui.review;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Two stills of a real session side by side: the figures standing on each, what each is, one zoom for both. */
class CompareModelTest {
    @TempDir
    Path tmp;
    Library library;
    ReviewFixture f;

    @BeforeEach
    void record() {
        library = org.sandtray.library.TestLibraries.create(tmp.resolve("lib"), "test");
        f = new ReviewFixture(library, Instant.parse("2026-10-13T04:40:00Z"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void eachSideShowsTheFiguresStandingOnItsStill() {
        long first = f.stills.get(0);
        long last = f.stills.get(f.stills.size() - 1);
        CompareModel m = new CompareModel(library, new Messages(Locale.ENGLISH), Background.direct(), first, last, "B");
        assertTrue(m.loaded().get());
        assertEquals(List.of("老虎"), m.left().get().pins().stream().map(Pin::figure).toList());
        assertEquals(List.of("小桥", "房子"), m.right().get().pins().stream().map(Pin::figure).toList(), "the tiger is out by then");
        assertEquals(0.66, m.right().get().pins().get(0).x(), 1e-9, "the bridge where A moved it, through the tray setup");
        assertTrue(m.leftWords().get().startsWith("2026-10-13 · 周二社团 《森林》 · still #" + first + " at "), m.leftWords().get());
        assertEquals("B", m.followed());

        assertTrue(m.key(KeyCode.PLUS));
        assertEquals(1.25, m.viewport().zoom().get(), 1e-9);
        assertTrue(m.key(KeyCode.LEFT));
        assertTrue(m.viewport().left().get() < 0.1, "panned towards the left edge");
        assertTrue(m.key(KeyCode.DIGIT0));
        assertEquals(1, m.viewport().zoom().get(), 1e-9);
        assertFalse(m.key(KeyCode.P));
    }

    @Test
    void aStillThatIsNotThereIsSaidInWords() {
        CompareModel m = new CompareModel(library, new Messages(Locale.ENGLISH), Background.direct(), f.stills.get(0), 4242, null);
        assertFalse(m.loaded().get());
        assertTrue(m.notice().get().text().contains("4242"), m.notice().get().text());
    }
}
