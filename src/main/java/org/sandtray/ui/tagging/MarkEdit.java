package org.sandtray.ui.tagging;

import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;

/**
 * Moves a placement to a new spot on a still, or removes it from the tray from that still on.
 * Remembers the mark the still had before (if any) so undo puts exactly that back.
 */
final class MarkEdit implements Edit {
    private final Library library;
    private final PlacementRef ref;
    private final long stillId;
    private final TrayPoint to;
    private final String description;
    private PlacementMark before;

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
        Placement p = library.placements().require(ref.id());
        before = p.marks().stream().filter(m -> m.stillId() == stillId).findFirst().orElse(null);
        if (to == null) library.placements().remove(ref.id(), stillId);
        else library.placements().move(ref.id(), stillId, to);
    }

    @Override
    public void revert() {
        if (before == null) {
            library.placements().unmark(ref.id(), stillId);
        } else if (before.event() == MarkEvent.REMOVED) {
            library.placements().remove(ref.id(), stillId);
        } else if (before.event() == MarkEvent.SEEN) {
            library.placements().seen(ref.id(), stillId, before.at());
        } else {
            library.placements().move(ref.id(), stillId, before.at());
        }
    }

    @Override public String description() { return description; }
}
