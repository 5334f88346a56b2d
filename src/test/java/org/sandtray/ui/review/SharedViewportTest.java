package org.sandtray.ui.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** One zoom and pan for both sides of a comparison: the spot under the pointer stays put, the view never leaves the picture. */
class SharedViewportTest {
    @Test
    void zoomingKeepsTheSpotUnderThePointerWhereItIs() {
        SharedViewport v = new SharedViewport();
        v.zoomAt(2, 0.25, 0.75);
        assertEquals(2, v.zoom().get(), 1e-9);
        // before: the spot under the pointer was picture (0.25, 0.75); after, it is still under it
        double[] at = v.toView(0.25, 0.75);
        assertEquals(0.25, at[0], 1e-9);
        assertEquals(0.75, at[1], 1e-9);
        assertEquals(0.125, v.left().get(), 1e-9);
        assertEquals(0.375, v.top().get(), 1e-9);
    }

    @Test
    void panningMovesBothTheSameWayAndStopsAtTheEdges() {
        SharedViewport v = new SharedViewport();
        v.pan(0.5, 0.5);
        assertEquals(0, v.left().get(), 1e-9, "at zoom 1 the whole picture is shown: nothing to pan");
        v.zoomAt(4, 0.5, 0.5);
        assertEquals(0.375, v.left().get(), 1e-9);
        v.pan(0.5, 0);  // a drag to the right by half the view shows more of the left
        assertEquals(0.25, v.left().get(), 1e-9);
        v.pan(-10, -10);
        assertEquals(0.75, v.left().get(), 1e-9, "the right edge of the picture stops it");
        assertEquals(0.75, v.top().get(), 1e-9);
        v.zoomAt(100, 0.5, 0.5);
        assertEquals(SharedViewport.MAX_ZOOM, v.zoom().get(), 1e-9);
        v.zoomAt(0.001, 0.5, 0.5);
        assertEquals(1, v.zoom().get(), 1e-9, "never smaller than the whole picture");
        assertEquals(0, v.left().get(), 1e-9);
    }
}
