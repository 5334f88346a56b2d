package org.sandtray.vision;

import java.util.Locale;

/**
 * What a settled change looks like, measured against what a hand is: an arm crosses the rim in
 * one or two places, covers part of the tray and not all of it, is skin where sand was, and came
 * in from the rim when the motion began.
 *
 * @param area          fraction of the tray that differs from the last still
 * @param rimCrossings  separate places where the change crosses the rim band
 * @param rimShare      share of the rim's length the change covers
 * @param side          the rim side the change crosses most (null: it does not reach the rim)
 * @param skin          share of the changed pixels that are skin against sand (redder than what was there)
 * @param enteredFrom   where the motion that led here began at the rim (null: it began everywhere at once, or inside)
 */
public record HandEvidence(double area, int rimCrossings, double rimShare, RimSide side, double skin, RimSide enteredFrom) {

    /** Whether it is a hand still over the tray, by the parameters' limits. */
    public boolean looksLikeHand(SettleParameters p) {
        boolean armShaped = area > p.handFraction() && area <= p.handMaxFraction()
                && rimCrossings >= 1 && rimCrossings <= 2 && rimShare <= p.rimMaxShare();
        return armShaped && (skin >= p.skinShare() || enteredFrom != null);
    }

    /** The measurements, for the log. */
    public String describe() {
        return String.format(Locale.ROOT, "%.3f of the tray changed, crossing the rim %d time(s) over %.2f of its length%s, "
                        + "%.2f of it skin against sand, motion %s", area, rimCrossings, rimShare,
                side == null ? "" : " (mostly " + side.name().toLowerCase(Locale.ROOT) + ")", skin,
                enteredFrom == null ? "not begun at the rim" : "begun at the " + enteredFrom.name().toLowerCase(Locale.ROOT) + " rim");
    }
}
