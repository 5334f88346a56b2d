package org.sandtray.ui.review;

/**
 * A figure as a review picture draws it: where on the picture (fractions of its width and
 * height, worked out through the still's tray setup), which figure, whose, and whether it was
 * put or moved there just then.
 */
public record Pin(long placementId, double x, double y, String figure, String student, boolean buried, Double facingDegrees,
                  boolean changedNow) {
}
