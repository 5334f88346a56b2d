package org.sandtray.domain;

/**
 * A free annotation on a still, in tray coordinates: a point or text at (x1, y1); a box or
 * ellipse spanning (x1, y1) to (x2, y2); an arrow from (x1, y1) to (x2, y2).
 */
public record Annotation(long id, long stillId, AnnotationShape shape, double x1, double y1,
                         Double x2, Double y2, String text) {
}
