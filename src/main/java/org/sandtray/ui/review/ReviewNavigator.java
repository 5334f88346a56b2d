package org.sandtray.ui.review;

/** Where a review screen can lead: each move can be taken back with {@link #back()}. */
public interface ReviewNavigator {
    /** A session's replay at a step (0-based), the turns of the pupil followed marked (or null). */
    void replay(long sessionId, int step, String followed);

    /** A pupil's year (default: this school year). */
    void studentYear(String code);

    /** Two stills side by side, the pupil followed highlighted (or null). */
    void compare(long leftStill, long rightStill, String followed);

    /** The session's stills for tagging placements (the console). */
    void tag(long sessionId);

    /** The screen shown before this one. */
    void back();

    boolean canGoBack();
}
