package org.sandtray.review;

import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;

import java.util.List;

/**
 * The tray after one turn (or, in a session recorded without turns, on one still).
 *
 * @param index    0-based place in the replay
 * @param turn     the turn, null in a session without turns
 * @param figure   the figure the turn names, else the one placed or moved in it, else null
 * @param still    the first still taken after this turn and before the next, else null
 * @param backdrop the still to show the tray on: {@code still}, else the latest one taken before, else null
 * @param tray     the figures standing after the turn at their positions then; later ones absent, removed ones gone
 * @param removed  placements taken out of the tray in this turn
 */
public record ReplayStep(int index, Turn turn, String figure, Still still, Still backdrop, List<StandingFigure> tray,
                         List<Long> removed) {
}
