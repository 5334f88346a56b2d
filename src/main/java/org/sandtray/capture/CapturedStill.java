package org.sandtray.capture;

import java.time.Instant;

/** A frame taken as a still: JPEG bytes, size, when, and from which source. */
public record CapturedStill(byte[] jpeg, int width, int height, Instant takenAt, String source) {
}
