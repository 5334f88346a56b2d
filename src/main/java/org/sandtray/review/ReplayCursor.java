package org.sandtray.review;

/**
 * Where a replay stands, and the moves a viewer makes: next, previous, first, last, a jump to a
 * step or a turn. Steps outside the replay are not reached: next at the end stays at the end.
 * A plain class; a window binds its own properties to {@link #index()} after each move.
 */
public final class ReplayCursor {
    private final Replay replay;
    private int index;

    /** At the first step (or nowhere, -1, when the replay has no steps). */
    public ReplayCursor(Replay replay) {
        this.replay = replay;
        this.index = replay.size() == 0 ? -1 : 0;
    }

    public Replay replay() { return replay; }

    public int index() { return index; }

    public boolean isEmpty() { return replay.size() == 0; }

    public boolean atStart() { return index <= 0; }

    public boolean atEnd() { return index >= replay.size() - 1; }

    /** The step shown, or null when the replay has no steps. */
    public ReplayStep current() {
        return index < 0 ? null : replay.step(index);
    }

    public ReplayStep next() {
        if (!atEnd()) index++;
        return current();
    }

    public ReplayStep previous() {
        if (index > 0) index--;
        return current();
    }

    public ReplayStep first() {
        if (!isEmpty()) index = 0;
        return current();
    }

    public ReplayStep last() {
        index = replay.size() - 1;
        return current();
    }

    /** Jumps to a step (0-based); a step outside the replay is refused. */
    public ReplayStep jump(int step) {
        replay.step(step);
        index = step;
        return current();
    }

    /** Jumps to the step of a turn of this session; false (and no move) when it is not one. */
    public boolean jumpToTurn(long turnId) {
        int i = replay.indexOfTurn(turnId);
        if (i < 0) return false;
        index = i;
        return true;
    }

    /** Jumps to the student's first turn; false (and no move) when they had none. */
    public boolean jumpToFirstTurnOf(String studentCode) {
        int i = replay.firstTurnOf(studentCode);
        if (i < 0) return false;
        index = i;
        return true;
    }
}
