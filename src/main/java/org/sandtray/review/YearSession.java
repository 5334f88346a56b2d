package org.sandtray.review;

import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.Turn;

import java.util.List;
import java.util.Map;

/**
 * One session in a student's year: the tray as it was left (the final still, with every figure
 * standing on it; the student's own are those whose {@code student} is theirs), their turns, and
 * the counts for their part and, in a group session, for the whole tray.
 *
 * @param finalStill     the still the counselor chose as the final tray, else the last one not rejected; null when none
 * @param finalTray      the figures standing on the final still, at their positions then
 * @param turns          the student's own turns, in order
 * @param firstTurnIndex the replay step of the student's first turn, -1 when they had none
 * @param own            counts for the student's part
 * @param whole          counts for the whole tray of a group session, null for an individual session
 */
public record YearSession(Session session, Still finalStill, List<StandingFigure> finalTray, List<Turn> turns,
                          int firstTurnIndex, TrayCounts own, TrayCounts whole) {

    /** Figures standing at the end that the student placed. */
    public List<StandingFigure> ownFinalFigures(String studentCode) {
        return finalTray.stream().filter(f -> f.student().equals(studentCode)).toList();
    }

    public Map<TrayZone, Integer> ownZones() { return own.zones(); }
}
