package org.sandtray.ui.tagging;

import org.sandtray.domain.TrayPoint;

/**
 * A placement as drawn on the still shown: where it stands there, and whether it was marked on
 * this still or carried forward from an earlier one.
 */
public record Marker(PlacementRef ref, String figure, String studentCode, TrayPoint at, Double boxWidth, Double boxHeight,
                     boolean markedHere, Double facingDegrees, boolean buried) {
}
