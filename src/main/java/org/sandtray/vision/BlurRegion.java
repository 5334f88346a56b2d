package org.sandtray.vision;

/**
 * A rectangle of an image to blur before it leaves the room, in fractions of the image's width
 * and height (0..1 from the top-left corner), so it holds at any preview scale. Found by a
 * detector (a face, a hand) or drawn by the counselor.
 */
public record BlurRegion(double x, double y, double width, double height, Kind kind, double score) {

    /** What found the region. */
    public enum Kind { FACE, HAND, COUNSELOR;
        public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public BlurRegion {
        double x2 = Math.min(1, x + width);
        double y2 = Math.min(1, y + height);
        x = Math.max(0, x);
        y = Math.max(0, y);
        width = x2 - x;
        height = y2 - y;
        if (!(width > 0 && height > 0)) throw new IllegalArgumentException("a blur region needs an area inside the image");
    }

    /** A region from pixel corners on an image of the given size. */
    public static BlurRegion ofPixels(double left, double top, double right, double bottom, int imageWidth, int imageHeight,
                                      Kind kind, double score) {
        return new BlurRegion(left / imageWidth, top / imageHeight, (right - left) / imageWidth, (bottom - top) / imageHeight,
                kind, score);
    }

    /** The same region grown by the given fraction of its size on every side (clipped to the image). */
    public BlurRegion grown(double fraction) {
        double dx = width * fraction;
        double dy = height * fraction;
        return new BlurRegion(x - dx, y - dy, width + 2 * dx, height + 2 * dy, kind, score);
    }

    public boolean contains(double fx, double fy) {
        return fx >= x && fx <= x + width && fy >= y && fy <= y + height;
    }

    public double area() { return width * height; }

    /** Intersection over union with another region. */
    public double overlap(BlurRegion o) {
        double ix = Math.max(0, Math.min(x + width, o.x + o.width) - Math.max(x, o.x));
        double iy = Math.max(0, Math.min(y + height, o.y + o.height) - Math.max(y, o.y));
        double inter = ix * iy;
        return inter == 0 ? 0 : inter / (area() + o.area() - inter);
    }

    /** The smallest region holding both. */
    public BlurRegion union(BlurRegion o) {
        double left = Math.min(x, o.x);
        double top = Math.min(y, o.y);
        return new BlurRegion(left, top, Math.max(x + width, o.x + o.width) - left, Math.max(y + height, o.y + o.height) - top,
                kind, Math.max(score, o.score));
    }

    /** Pixel bounds on an image of the given size: {left, top, width, height}, at least one pixel. */
    public int[] pixels(int imageWidth, int imageHeight) {
        int left = (int) Math.floor(x * imageWidth);
        int top = (int) Math.floor(y * imageHeight);
        int right = Math.min(imageWidth, (int) Math.ceil((x + width) * imageWidth));
        int bottom = Math.min(imageHeight, (int) Math.ceil((y + height) * imageHeight));
        return new int[] {left, top, Math.max(1, right - left), Math.max(1, bottom - top)};
    }
}
