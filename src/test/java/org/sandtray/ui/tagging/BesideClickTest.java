package org.sandtray.ui.tagging;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the figure chooser goes: beside the click, never over it, kept on the screen; and zooming about the pointer. */
class BesideClickTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1600, 1000);

    @Test
    void rightOfTheClickWhenThereIsRoomElseLeftLevelWithIt() {
        assertEquals(new Point2D(436, 300), FigureChooser.besideClick(new Point2D(400, 500), 600, 400, SCREEN));
        assertEquals(new Point2D(1364 - 600, 300), FigureChooser.besideClick(new Point2D(1400, 500), 600, 400, SCREEN),
                "near the right edge it opens to the left of the click");
        assertEquals(0, FigureChooser.besideClick(new Point2D(400, 100), 600, 400, SCREEN).getY(), "kept on the screen at the top");
        assertEquals(600, FigureChooser.besideClick(new Point2D(400, 990), 600, 400, SCREEN).getY(), "and at the bottom");
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        // content 2000 wide in an 800 view scrolled to offset 600; the pointer 300 px into the view: content x 900
        double offset = ZoomMath.offset(0.5, 2000, 800);
        assertEquals(600, offset, 1e-9);
        double after = ZoomMath.keep(900, 300, 1.25);   // content x 900 becomes 1125
        assertEquals(825, after, 1e-9);
        double value = ZoomMath.value(after, 2500, 800);
        assertEquals(1125 - 300, ZoomMath.offset(value, 2500, 800), 1e-9, "the same content point is 300 px into the view");
        assertEquals(0, ZoomMath.value(100, 700, 800), "nothing to scroll when the content fits");
    }
}
