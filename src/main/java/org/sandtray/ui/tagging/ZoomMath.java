package org.sandtray.ui.tagging;

/**
 * The arithmetic of zooming about a point in a scrolled view: a scroll bar's value (0 to 1) and
 * the offset it stands for, and the offset that keeps a content point under the pointer when the
 * content grows or shrinks by a ratio. Plain, tested without a screen.
 */
final class ZoomMath {
    private ZoomMath() {}

    /** The content pixel at the view's left (or top) edge for a scroll value. */
    static double offset(double value, double content, double view) {
        return Math.max(0, content - view) * value;
    }

    /** The scroll value that puts this content pixel at the view's edge (clamped to what can scroll). */
    static double value(double offset, double content, double view) {
        double extra = content - view;
        return extra <= 0 ? 0 : Math.max(0, Math.min(1, offset / extra));
    }

    /**
     * The new offset after zooming by ratio about a content point that was at distance inView from
     * the view's edge: the point moves to point*ratio, and stays inView from the edge.
     */
    static double keep(double point, double inView, double ratio) {
        return point * ratio - inView;
    }
}
