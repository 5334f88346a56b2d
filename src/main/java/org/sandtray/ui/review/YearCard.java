package org.sandtray.ui.review;

import org.sandtray.review.YearSession;

/**
 * One session on a pupil's year: the final tray pinned for the thumbnail, and its words.
 *
 * @param line       date and group (or "individual")
 * @param turns      the pupil's turns in words ("3 turns: place figure 2, pass 1"), or that it was an individual session
 * @param replayStep where the replay opens: the pupil's first turn, else the first step
 */
public record YearCard(YearSession session, PinnedStill picture, String line, String title, String turns, int replayStep) {
    public boolean hasStill() { return session.finalStill() != null; }
}
