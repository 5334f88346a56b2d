package org.sandtray.domain;

import java.time.Instant;

/**
 * Where a placement stands on one still: a point, or a box of the given width and height centred
 * on it (tray units). A removal mark has no position. The turn is the one in which the change
 * happened (for a seen mark, the still's turn), happenedAt when (that turn's time, else the
 * still's), byStudent who did it (the placer; for a move or removal the member whose turn it was),
 * recordedAt when the counselor tagged it.
 */
public record PlacementMark(long id, long stillId, MarkEvent event, TrayPoint at, Double boxWidth, Double boxHeight,
                            Long turnId, Instant happenedAt, String byStudent, Instant recordedAt) {

    public boolean hasBox() { return boxWidth != null && boxHeight != null; }
}
