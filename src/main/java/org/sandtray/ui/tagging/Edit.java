package org.sandtray.ui.tagging;

/** One undoable change to the record, holding what it needs to do it again and to take it back. */
public interface Edit {
    void apply();

    void revert();

    /** A short description for the undo menu, in the user's language. */
    String description();
}
