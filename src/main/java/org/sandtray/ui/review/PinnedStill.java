package org.sandtray.ui.review;

import org.sandtray.domain.Still;

import java.util.List;

/**
 * A picture of the tray for a review screen: the still to draw (null when none was taken: then an
 * empty tray is drawn) with its figures pinned on it.
 */
public record PinnedStill(Still still, List<Pin> pins) {
    public PinnedStill {
        pins = List.copyOf(pins);
    }

    /** Pins of one pupil. */
    public long countOf(String student) {
        return pins.stream().filter(p -> p.student().equals(student)).count();
    }
}
