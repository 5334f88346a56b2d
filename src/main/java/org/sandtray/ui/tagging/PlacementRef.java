package org.sandtray.ui.tagging;

/**
 * Which placement an edit is about. Shared by the edits of one placement, so when undoing a
 * deletion brings it back under a new id, the later edits follow it.
 */
public final class PlacementRef {
    private long id;

    public PlacementRef(long id) { this.id = id; }

    public long id() { return id; }

    void becomes(long newId) { this.id = newId; }
}
