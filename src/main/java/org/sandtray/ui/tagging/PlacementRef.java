package org.sandtray.ui.tagging;

/**
 * Which placement an edit is about, shared by the edits of one placement. Ids do not change on
 * undo or redo (decisions/0007); the id is set once, when a new placement is first stored.
 */
public final class PlacementRef {
    private long id;

    public PlacementRef(long id) { this.id = id; }

    public long id() { return id; }

    void becomes(long newId) { this.id = newId; }
}
