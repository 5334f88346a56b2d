package org.sandtray.timeline;

import org.sandtray.domain.Category;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.TurnAction;

import java.util.List;

/**
 * One thing a student did in a session: a turn, and the figure it put in the tray with where it
 * stood. Round and order are null for a placement recorded without a turn; position is where the
 * figure was first put down, finalPosition where it stood at the end (null if removed); still lists
 * the stills where the placement is seen (marked placed, moved or seen there), in the order taken.
 */
public record TimelineEntry(Integer round, Integer orderInRound, TurnAction action, Long placementId, String figure,
                            Category category, TrayPoint position, TrayZone zone, TrayPoint finalPosition,
                            boolean moved, boolean removed, boolean buried, Double facingDegrees, List<Long> still) {
}
