package org.sandtray.review;

import org.sandtray.domain.TrayZone;

import java.util.List;
import java.util.Map;

/**
 * One student across a range of dates: every session they were in (group and individual), oldest
 * first, with the totals over them.
 *
 * @param total      the student's counts added up over the sessions (emptyWorld is per session only)
 * @param wholeTotal the whole trays of the group sessions added up
 */
public record StudentYear(String studentCode, DateRange range, List<YearSession> sessions, TrayCounts total,
                          TrayCounts wholeTotal) {

    /** Where the student's figures stood at the end of each session, added up over the range: a 3x3 heatmap. */
    public Map<TrayZone, Integer> heatmap() { return total.zones(); }

    /** Sessions whose student's part meets the "empty world" reference. */
    public long emptyWorldSessions() {
        return sessions.stream().filter(s -> Boolean.TRUE.equals(s.own().emptyWorld())).count();
    }
}
