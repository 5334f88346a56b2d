package org.sandtray.ui.tagging;

import org.sandtray.domain.Placement;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;

/**
 * Puts a figure on a still; undone by deleting the placement, redone by putting the same rows
 * back under the same id (decisions/0007).
 */
final class PlaceEdit implements Edit {
    private final Library library;
    private final Placements.Request request;
    private final PlacementRef ref = new PlacementRef(-1);
    private final String description;
    private Placement undone;

    PlaceEdit(Library library, Placements.Request request, String description) {
        this.library = library;
        this.request = request;
        this.description = description;
    }

    PlacementRef ref() { return ref; }

    @Override
    public void apply() {
        if (undone == null) ref.becomes(library.placements().place(request).id());
        else library.placements().restore(undone);
    }

    @Override
    public void revert() {
        undone = library.placements().delete(ref.id());
    }

    @Override public String description() { return description; }
}
