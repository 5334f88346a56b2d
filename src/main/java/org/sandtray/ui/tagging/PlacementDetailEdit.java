package org.sandtray.ui.tagging;

import org.sandtray.library.Library;

/** Changes which way a figure faces or whether it is buried; undo puts the old values back. */
final class PlacementDetailEdit implements Edit {
    private final Library library;
    private final PlacementRef ref;
    private final Double oldFacing;
    private final Double newFacing;
    private final boolean oldBuried;
    private final boolean newBuried;
    private final String description;

    PlacementDetailEdit(Library library, PlacementRef ref, Double oldFacing, Double newFacing, boolean oldBuried,
                        boolean newBuried, String description) {
        this.library = library;
        this.ref = ref;
        this.oldFacing = oldFacing;
        this.newFacing = newFacing;
        this.oldBuried = oldBuried;
        this.newBuried = newBuried;
        this.description = description;
    }

    @Override
    public void apply() {
        library.placements().setFacing(ref.id(), newFacing);
        library.placements().setBuried(ref.id(), newBuried);
    }

    @Override
    public void revert() {
        library.placements().setFacing(ref.id(), oldFacing);
        library.placements().setBuried(ref.id(), oldBuried);
    }

    @Override public String description() { return description; }
}
