package org.sandtray.domain;

/** A point on a camera image, in pixels from the top-left corner. */
public record ImagePoint(double x, double y) {
}
