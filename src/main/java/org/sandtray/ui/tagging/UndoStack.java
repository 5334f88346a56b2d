package org.sandtray.ui.tagging;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo of edits: commands with old and new values, never snapshots of the record. */
public final class UndoStack {
    /** What just happened to an edit. */
    public enum Change { DONE, UNDONE, REDONE }

    /** Told after each edit is done, undone or redone: the window says what changed. */
    public interface Listener {
        void changed(Change change, Edit edit);
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Listener listener = (c, e) -> { };

    public void onChange(Listener l) { this.listener = l; }

    /** Applies the edit and remembers it; a new edit clears what could be redone. */
    public void perform(Edit edit) {
        edit.apply();
        done.push(edit);
        undone.clear();
        refresh();
        listener.changed(Change.DONE, edit);
    }

    /** Takes back the last edit; returns it, or null when there is nothing to undo. */
    public Edit undo() {
        if (done.isEmpty()) return null;
        Edit edit = done.pop();
        edit.revert();
        undone.push(edit);
        refresh();
        listener.changed(Change.UNDONE, edit);
        return edit;
    }

    public Edit redo() {
        if (undone.isEmpty()) return null;
        Edit edit = undone.pop();
        edit.apply();
        done.push(edit);
        refresh();
        listener.changed(Change.REDONE, edit);
        return edit;
    }

    public void clear() {
        done.clear();
        undone.clear();
        refresh();
    }

    private void refresh() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndo() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedo() { return canRedo.getReadOnlyProperty(); }
}
