package org.sandtray.ui.review;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * What part of a picture is shown, as fractions of the picture: one viewport shared by the two
 * sides of a comparison, so zooming or panning one zooms and pans the other the same way. Zoom 1
 * shows the whole picture; the shown part never leaves the picture.
 */
public final class SharedViewport {
    public static final double MAX_ZOOM = 8;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper left = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper top = new ReadOnlyDoubleWrapper(0);

    public ReadOnlyDoubleProperty zoom() { return zoom.getReadOnlyProperty(); }

    /** Left edge of the part shown (fraction of the picture's width). */
    public ReadOnlyDoubleProperty left() { return left.getReadOnlyProperty(); }

    /** Top edge of the part shown (fraction of the picture's height). */
    public ReadOnlyDoubleProperty top() { return top.getReadOnlyProperty(); }

    /** Width (and height) of the part shown, as a fraction of the picture. */
    public double span() { return 1 / zoom.get(); }

    /**
     * Zooms by a factor keeping the spot under the pointer where it is.
     *
     * @param fx where the pointer is across the view (0 left edge, 1 right edge)
     * @param fy where the pointer is down the view
     */
    public void zoomAt(double factor, double fx, double fy) {
        double spotX = left.get() + fx * span();
        double spotY = top.get() + fy * span();
        zoom.set(Math.max(1, Math.min(MAX_ZOOM, zoom.get() * factor)));
        place(spotX - fx * span(), spotY - fy * span());
    }

    /** Moves the part shown by fractions of the view (a drag to the right shows more of the left). */
    public void pan(double dx, double dy) {
        place(left.get() - dx * span(), top.get() - dy * span());
    }

    /** The whole picture again. */
    public void reset() {
        zoom.set(1);
        place(0, 0);
    }

    /** Where a spot of the picture (fractions) shows in the view (fractions of the view; outside 0..1 when not shown). */
    public double[] toView(double x, double y) {
        return new double[] {(x - left.get()) / span(), (y - top.get()) / span()};
    }

    private void place(double x, double y) {
        double max = 1 - span();
        left.set(Math.max(0, Math.min(max, x)));
        top.set(Math.max(0, Math.min(max, y)));
    }
}
