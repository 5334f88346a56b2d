package org.sandtray.domain;

/**
 * A spot in the tray in tray coordinates: 0..1 across the tray's inside, x from left to right
 * and y from top to bottom as the camera sees it. The same spot in every still of a setup.
 */
public record TrayPoint(double x, double y) {

    public TrayPoint {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new InvalidValue("tray.pointOutside", x, y);
        }
    }

    public TrayZone zone() {
        return TrayZone.of(this);
    }

    public double distanceTo(TrayPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
