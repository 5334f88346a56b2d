package org.sandtray.ui.tagging;

import org.sandtray.library.Library;

/** Changes the counselor's note on a figure; undo puts the old note back. */
final class NoteEdit implements Edit {
    private final Library library;
    private final PlacementRef ref;
    private final String before;
    private final String after;
    private final String description;

    NoteEdit(Library library, PlacementRef ref, String before, String after, String description) {
        this.library = library;
        this.ref = ref;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override public void apply() { library.placements().setNote(ref.id(), after); }

    @Override public void revert() { library.placements().setNote(ref.id(), before); }

    @Override public String description() { return description; }
}
