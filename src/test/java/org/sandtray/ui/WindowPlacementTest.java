package org.sandtray.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the window opens, and that it is remembered. */
class WindowPlacementTest {
    /** A 1280x720 screen with a 27 px panel at the top: the usable area starts below it. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 27, 1280, 693);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aSmallScreenGetsTheWindowMaximisedWithinItsUsableArea() {
        WindowPlacement.Bounds b = WindowPlacement.initial(null, List.of(SMALL));
        assertTrue(b.maximised());
        assertEquals(SMALL, b.rectangle(), "not 1280x800 hanging above the top of the screen");
    }

    @Test
    void aLargeScreenGetsTheUsualSizeInTheMiddle() {
        WindowPlacement.Bounds b = WindowPlacement.initial(null, List.of(FULL_HD));
        assertFalse(b.maximised());
        assertEquals(new Rectangle2D(320, 120, 1280, 800), b.rectangle());
    }

    @Test
    void theWindowOpensWhereItWasLeftWhenThatScreenIsThere() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1600, 900);
        WindowPlacement.Bounds left = new WindowPlacement.Bounds(2000, 50, 1000, 700, false);
        assertEquals(left, WindowPlacement.initial(left, List.of(FULL_HD, second)));
        WindowPlacement.Bounds maximised = new WindowPlacement.Bounds(100, 60, 1200, 800, true);
        assertEquals(maximised, WindowPlacement.initial(maximised, List.of(FULL_HD)));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsNotRestored() {
        WindowPlacement.Bounds onGoneScreen = new WindowPlacement.Bounds(2000, 50, 1000, 700, false);
        WindowPlacement.Bounds b = WindowPlacement.initial(onGoneScreen, List.of(FULL_HD));
        assertEquals(new Rectangle2D(320, 120, 1280, 800), b.rectangle());
        WindowPlacement.Bounds titleBarAboveTheScreen = new WindowPlacement.Bounds(100, -400, 1000, 700, false);
        assertEquals(new Rectangle2D(320, 120, 1280, 800), WindowPlacement.initial(titleBarAboveTheScreen, List.of(FULL_HD)).rectangle());
    }

    @Test
    void aWindowLargerThanTheScreenNowIsMadeToFit() {
        WindowPlacement.Bounds big = new WindowPlacement.Bounds(10, 40, 1900, 1000, false);
        WindowPlacement.Bounds b = WindowPlacement.initial(big, List.of(SMALL));
        assertEquals(SMALL, b.rectangle());
    }

    @Test
    void settingsRememberTheWindow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        WindowPlacement.Bounds b = new WindowPlacement.Bounds(12.5, 40, 1100, 700, true);
        Settings.DEFAULTS.withLanguage("zh").withWindow(b).save(file);
        Settings read = Settings.load(file);
        assertEquals(b, read.window());
        assertEquals("zh", read.language());
        Settings.DEFAULTS.save(file);
        assertEquals(null, Settings.load(file).window());
    }
}
