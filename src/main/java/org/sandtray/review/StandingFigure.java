package org.sandtray.review;

import org.sandtray.domain.Category;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;

/**
 * A figure standing in the tray at one moment: where (tray coordinates, with its box where one was
 * drawn), who placed it, and whether it was put there or moved there just then (to highlight).
 */
public record StandingFigure(long placementId, String figure, Category category, String student, TrayPoint at,
                             Double boxWidth, Double boxHeight, Double facingDegrees, boolean buried, boolean changedNow) {

    static StandingFigure of(Placement p, PlacementMark mark, boolean changedNow) {
        return new StandingFigure(p.id(), p.figureName(), p.category(), p.studentCode(), mark.at(), mark.boxWidth(),
                mark.boxHeight(), p.facingDegrees(), p.buried(), changedNow);
    }
}
