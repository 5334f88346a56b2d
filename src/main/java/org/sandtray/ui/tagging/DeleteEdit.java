package org.sandtray.ui.tagging;

import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;

/** Deletes a placement tagged by mistake (it has only its first mark); undo places it again as it was. */
final class DeleteEdit implements Edit {
    private final Library library;
    private final Placement placement;
    private final String description;
    private long currentId;

    DeleteEdit(Library library, Placement placement, String description) {
        this.library = library;
        this.placement = placement;
        this.description = description;
        this.currentId = placement.id();
    }

    @Override
    public void apply() {
        library.placements().delete(currentId);
    }

    @Override
    public void revert() {
        PlacementMark first = placement.marks().get(0);
        currentId = library.placements().place(new Placements.Request(first.stillId(), placement.figureName(),
                placement.studentCode(), first.at(), first.boxWidth(), first.boxHeight(), placement.facingDegrees(),
                placement.buried(), placement.turnId(), placement.note())).id();
    }

    @Override public String description() { return description; }
}
