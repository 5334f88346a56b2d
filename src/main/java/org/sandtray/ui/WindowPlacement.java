package org.sandtray.ui;

import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where the window opens. As it was left, when that place is on a screen that is still there;
 * else 1280x800 in the middle of the main screen, or maximised (the screen's usable area, below
 * any panel) when the screen is smaller than that. Plain logic: tested without a screen.
 */
public final class WindowPlacement {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** How much of the window's top edge must lie on a screen for it to be reachable with the mouse. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 24;

    /** Where the window is (or was): its normal bounds, and whether it was maximised over them. */
    public record Bounds(double x, double y, double width, double height, boolean maximised) {
        public Rectangle2D rectangle() { return new Rectangle2D(x, y, width, height); }
    }

    private WindowPlacement() {}

    /**
     * @param saved   where the window was when it last closed, or null
     * @param screens the usable area (visual bounds) of each screen, the main screen first
     */
    public static Bounds initial(Bounds saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) return new Bounds(0, 0, WIDTH, HEIGHT, false);
        if (saved != null && saved.width() > 0 && saved.height() > 0) {
            Optional<Rectangle2D> screen = screenHolding(saved, screens);
            if (screen.isPresent()) return fitted(saved, screen.get());
        }
        Rectangle2D main = screens.get(0);
        if (main.getWidth() < WIDTH || main.getHeight() < HEIGHT) {
            return new Bounds(main.getMinX(), main.getMinY(), main.getWidth(), main.getHeight(), true);
        }
        return new Bounds(main.getMinX() + (main.getWidth() - WIDTH) / 2, main.getMinY() + (main.getHeight() - HEIGHT) / 2,
                WIDTH, HEIGHT, false);
    }

    /** The screen on which the window's top edge can be grabbed, if any. */
    private static Optional<Rectangle2D> screenHolding(Bounds b, List<Rectangle2D> screens) {
        for (Rectangle2D s : screens) {
            double left = Math.max(b.x(), s.getMinX());
            double right = Math.min(b.x() + b.width(), s.getMaxX());
            double top = Math.max(b.y(), s.getMinY());
            double bottom = Math.min(b.y() + GRIP_HEIGHT, s.getMaxY());
            if (right - left >= Math.min(GRIP_WIDTH, b.width()) && bottom - top >= GRIP_HEIGHT / 2) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The saved bounds, made to fit on the screen (a smaller screen than last time). */
    private static Bounds fitted(Bounds b, Rectangle2D s) {
        double w = Math.min(b.width(), s.getWidth());
        double h = Math.min(b.height(), s.getHeight());
        double x = Math.min(Math.max(b.x(), s.getMinX()), s.getMaxX() - w);
        double y = Math.min(Math.max(b.y(), s.getMinY()), s.getMaxY() - h);
        return new Bounds(x, y, w, h, b.maximised());
    }
}
