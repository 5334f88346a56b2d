package org.sandtray.review;

import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.Session;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a student's year from the library: the sessions they were in within the dates, read in a
 * handful of queries over all of them at once, each replayed for its final tray and counts.
 */
public final class StudentYears {
    private final Library library;

    public StudentYears(Library library) {
        this.library = library;
    }

    /** The current school year of the student (September 1 to August 31 around today). */
    public StudentYear thisSchoolYear(String studentCode) {
        return of(studentCode, DateRange.schoolYearOf(LocalDate.now(ZoneId.systemDefault())));
    }

    public StudentYear of(String studentCode, DateRange range) {
        List<Session> sessions = library.sessions().ofStudent(studentCode, range.from(), range.to());
        List<YearSession> out = new ArrayList<>();
        TrayCounts total = TrayCounts.none();
        TrayCounts wholeTotal = TrayCounts.none();
        for (SessionHistory h : SessionHistory.loadAll(library, sessions)) {
            Replay replay = Replay.of(h);
            TrayCounts own = TrayCounts.of(replay, studentCode);
            TrayCounts whole = h.session().kind() == SessionKind.GROUP ? TrayCounts.whole(replay) : null;
            List<Turn> turns = h.turns().stream().filter(t -> t.studentCode().equals(studentCode)).toList();
            out.add(new YearSession(h.session(), h.finalStill(), finalTray(h), turns, replay.firstTurnOf(studentCode), own, whole));
            total = total.plus(own);
            if (whole != null) wholeTotal = wholeTotal.plus(whole);
        }
        return new StudentYear(studentCode, range, List.copyOf(out), total, wholeTotal);
    }

    /**
     * What stands on the final still (the one the counselor chose, else the last one not
     * rejected): every placement marked on it or before it and not removed by then, at its latest
     * mark up to that still.
     */
    static List<StandingFigure> finalTray(SessionHistory h) {
        Still last = h.finalStill();
        if (last == null) return List.of();
        java.util.Map<Long, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < h.stills().size(); i++) order.put(h.stills().get(i).id(), i);
        int upTo = order.get(last.id());
        List<StandingFigure> out = new ArrayList<>();
        for (Placement p : h.placements()) {
            PlacementMark mark = null;
            for (PlacementMark m : p.marks()) {
                Integer at = order.get(m.stillId());
                if (at != null && at <= upTo) mark = m;
            }
            if (mark == null || mark.event() == org.sandtray.domain.MarkEvent.REMOVED) continue;
            out.add(StandingFigure.of(p, mark, mark.stillId() == last.id()));
        }
        out.sort(Comparator.comparingLong(StandingFigure::placementId));
        return List.copyOf(out);
    }
}
