package org.sandtray.ui;

/**
 * A line the window shows about what just happened: a change to the record (with the way to take
 * it back), or a calm note when a rule refused a key or a click. Real failures are dialogs instead.
 *
 * @param undo what the notice's Undo button does, or null when there is nothing to take back
 */
public record Notice(Kind kind, String text, Runnable undo) {
    public enum Kind {
        /** Something was recorded or changed. */
        DONE,
        /** A rule refused the action; nothing changed. */
        NOTE
    }

    public static Notice done(String text, Runnable undo) {
        return new Notice(Kind.DONE, text, undo);
    }

    public static Notice note(String text) {
        return new Notice(Kind.NOTE, text, null);
    }
}
