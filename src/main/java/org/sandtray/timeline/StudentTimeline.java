package org.sandtray.timeline;

import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.StudentTrail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows one student across every session they took part in: their turns and the figures they
 * placed, in order, with where each stood. The rows come from the library in a handful of indexed
 * queries ({@link StudentTrail}); sealed text is opened there, never read here.
 */
public final class StudentTimeline {
    private final Library library;

    public StudentTimeline(Library library) {
        this.library = library;
    }

    public List<TimelineSession> of(String studentCode) {
        return of(studentCode, null, null);
    }

    /** The sessions that started within the days (local dates, both included; null for open). */
    public List<TimelineSession> of(String studentCode, LocalDate from, LocalDate to) {
        StudentTrail.Rows rows = library.studentTrail().of(studentCode);
        Map<Long, List<TimelineEntry>> entries = new HashMap<>();
        Map<Long, List<Placed>> placementsByTurn = new HashMap<>();
        Map<Long, List<Placed>> looseBySession = new HashMap<>();
        for (Placed p : placements(rows)) {
            if (p.row.turnId() != null) placementsByTurn.computeIfAbsent(p.row.turnId(), k -> new ArrayList<>()).add(p);
            else looseBySession.computeIfAbsent(p.row.sessionId(), k -> new ArrayList<>()).add(p);
        }
        for (StudentTrail.TurnRow t : rows.turns()) {
            List<TimelineEntry> list = entries.computeIfAbsent(t.sessionId(), k -> new ArrayList<>());
            List<Placed> placed = placementsByTurn.getOrDefault(t.turnId(), List.of());
            if (placed.isEmpty()) {
                list.add(new TimelineEntry(t.round(), t.orderInRound(), t.action(), null, t.figure(), t.category(),
                        null, null, null, false, false, false, null, List.of()));
            }
            for (Placed p : placed) list.add(p.entry(t.round(), t.orderInRound(), t.action()));
        }
        looseBySession.forEach((sessionId, placed) -> {
            List<TimelineEntry> list = entries.computeIfAbsent(sessionId, k -> new ArrayList<>());
            for (Placed p : placed) list.add(p.entry(p.row.round(), null, null));
        });
        List<TimelineSession> out = new ArrayList<>();
        for (StudentTrail.SessionRow s : rows.sessions()) {
            LocalDate day = LocalDate.ofInstant(s.startedAt(), ZoneId.systemDefault());
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) continue;
            out.add(new TimelineSession(s.sessionId(), s.kind(), s.groupName(), s.startedAt(), s.title(),
                    List.copyOf(entries.getOrDefault(s.sessionId(), List.of()))));
        }
        return out;
    }

    /** A placement of the student with its first and last positions and the stills it is seen on. */
    private record Placed(StudentTrail.PlacementRow row, TrayPoint first, TrayPoint last, boolean moved, boolean removed,
                          List<Long> stills) {
        TimelineEntry entry(Integer round, Integer order, TurnAction action) {
            return new TimelineEntry(round, order, action, row.id(), row.figure(), row.category(), first,
                    first == null ? null : TrayZone.of(first), removed ? null : last, moved, removed, row.buried(), row.facing(), stills);
        }
    }

    private static List<Placed> placements(StudentTrail.Rows rows) {
        Map<Long, TrayPoint[]> positions = new HashMap<>();
        Map<Long, boolean[]> flags = new HashMap<>();
        Map<Long, List<Long>> seenOn = new HashMap<>();
        for (StudentTrail.MarkRow m : rows.marks()) {
            boolean[] f = flags.computeIfAbsent(m.placementId(), k -> new boolean[2]);
            if (m.event().equals("moved")) f[0] = true;
            if (m.event().equals("removed")) {
                f[1] = true;
                continue;
            }
            seenOn.computeIfAbsent(m.placementId(), k -> new ArrayList<>()).add(m.stillId());
            TrayPoint at = new TrayPoint(m.x(), m.y());
            TrayPoint[] p = positions.computeIfAbsent(m.placementId(), k -> new TrayPoint[2]);
            if (p[0] == null) p[0] = at;
            p[1] = at;
        }
        Map<Long, Placed> out = new LinkedHashMap<>();
        for (StudentTrail.PlacementRow r : rows.placements()) {
            TrayPoint[] p = positions.getOrDefault(r.id(), new TrayPoint[2]);
            boolean[] f = flags.getOrDefault(r.id(), new boolean[2]);
            out.put(r.id(), new Placed(r, p[0], p[1], f[0], f[1], List.copyOf(seenOn.getOrDefault(r.id(), List.of()))));
        }
        return new ArrayList<>(out.values());
    }
}
