package org.sandtray.domain;

import java.time.Instant;
import java.util.List;

/**
 * One figure standing in one session's tray: who placed it, in which turn, which way it faces,
 * whether it is buried, and its marks on the stills where it is seen, moved or removed, oldest first;
 * recordedAt is when the counselor tagged it.
 */
public record Placement(long id, long sessionId, long figureId, String figureName, Category category,
                        String studentCode, Long turnId, Integer round, Double facingDegrees,
                        boolean buried, String note, List<PlacementMark> marks, Instant recordedAt) {

    /** Where it was first put down. */
    public TrayPoint firstPosition() {
        return marks.stream().filter(m -> m.at() != null).findFirst().map(PlacementMark::at).orElse(null);
    }

    /** Where it stands at the end of the record (its last known position), or null if removed. */
    public TrayPoint lastPosition() {
        if (removed()) return null;
        TrayPoint last = null;
        for (PlacementMark m : marks) if (m.at() != null) last = m.at();
        return last;
    }

    public boolean removed() {
        return marks.stream().anyMatch(m -> m.event() == MarkEvent.REMOVED);
    }

    public boolean moved() {
        return marks.stream().anyMatch(m -> m.event() == MarkEvent.MOVED);
    }
}
