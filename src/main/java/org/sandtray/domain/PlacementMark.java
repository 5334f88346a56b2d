package org.sandtray.domain;

/**
 * Where a placement stands on one still: a point, or a box of the given width and height centred
 * on it (tray units). A removal mark has no position.
 */
public record PlacementMark(long stillId, MarkEvent event, TrayPoint at, Double boxWidth, Double boxHeight) {

    public boolean hasBox() { return boxWidth != null && boxHeight != null; }
}
