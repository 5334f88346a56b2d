package org.sandtray.ui.tagging;

import org.sandtray.domain.Placement;
import org.sandtray.library.Library;

/**
 * Deletes a placement tagged by mistake (it has only its first mark); undo puts back the very same
 * rows, under the same ids (decisions/0007).
 */
final class DeleteEdit implements Edit {
    private final Library library;
    private final long placementId;
    private final String description;
    private Placement removed;

    DeleteEdit(Library library, Placement placement, String description) {
        this.library = library;
        this.placementId = placement.id();
        this.description = description;
    }

    @Override
    public void apply() {
        removed = library.placements().delete(placementId);
    }

    @Override
    public void revert() {
        library.placements().restore(removed);
    }

    @Override public String description() { return description; }
}
