package org.sandtray.ui.tagging;

import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;

/**
 * Moves a placement to a new spot on a still, or removes it from the tray from that still on.
 * Remembers the mark the still had before (if any) so undo puts exactly that row back, and the
 * mark it made, so redo does too (same ids, turns and times: decisions/0007).
 */
final class MarkEdit implements Edit {
    private final Library library;
    private final PlacementRef ref;
    private final long stillId;
    private final TrayPoint to;
    private final String description;
    private PlacementMark before;
    private PlacementMark after;

    /** @param to the new spot, or null to remove the figure from the tray */
    MarkEdit(Library library, PlacementRef ref, long stillId, TrayPoint to, String description) {
        this.library = library;
        this.ref = ref;
        this.stillId = stillId;
        this.to = to;
        this.description = description;
    }

    @Override
    public void apply() {
        if (after != null) {
            library.placements().restoreMark(ref.id(), after);
            return;
        }
        before = markOnStill(library.placements().require(ref.id()));
        Placement p = to == null ? library.placements().remove(ref.id(), stillId) : library.placements().move(ref.id(), stillId, to);
        after = markOnStill(p);
    }

    @Override
    public void revert() {
        if (before == null) library.placements().unmark(ref.id(), stillId);
        else library.placements().restoreMark(ref.id(), before);
    }

    private PlacementMark markOnStill(Placement p) {
        return p.marks().stream().filter(m -> m.stillId() == stillId).findFirst().orElse(null);
    }

    @Override public String description() { return description; }
}
