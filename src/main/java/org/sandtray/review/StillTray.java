package org.sandtray.review;

import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;

import java.util.List;

/** A still with the figures standing on it (marked there or carried forward): one side of a comparison. */
public record StillTray(Still still, List<StandingFigure> figures) {

    public static StillTray of(Library library, long stillId) {
        Still still = library.stills().require(stillId);
        List<StandingFigure> figures = library.placements().standingOn(stillId).stream()
                .map(StillTray::figure).toList();
        return new StillTray(still, figures);
    }

    /** Two stills side by side (two dates of one student, or two sessions), each with its standing figures. */
    public record Comparison(StillTray left, StillTray right) {}

    public static Comparison compare(Library library, long leftStillId, long rightStillId) {
        return new Comparison(of(library, leftStillId), of(library, rightStillId));
    }

    private static StandingFigure figure(Placements.Standing s) {
        boolean changedHere = s.markedHere() && (s.mark().event() == MarkEvent.PLACED || s.mark().event() == MarkEvent.MOVED);
        return StandingFigure.of(s.placement(), s.mark(), changedHere);
    }
}
