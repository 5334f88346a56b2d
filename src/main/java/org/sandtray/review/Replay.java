package org.sandtray.review;

import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session replayed turn by turn: the tray after each turn, built from the marks' turns.
 *
 * The rule: every mark belongs to a step, the step of its turn (placed: the placement's turn;
 * moved or removed: the turn it happened in; seen: its still's turn), or, where it names none, the
 * step of the turn its still was taken after. A figure stands from the step of its first mark, at
 * the spot of its latest mark up to the step shown, and is gone from the step of its removal. A
 * mark never counts earlier than the mark before it. A session recorded without turns is replayed
 * still by still instead. Steps are made when first asked for.
 */
public final class Replay {
    private final SessionHistory history;
    private final boolean byTurns;
    private final Map<Long, Integer> stillOrder = new HashMap<>();
    private final Map<Long, Still> stills = new HashMap<>();
    private final Map<Long, Integer> turnIndex = new HashMap<>();
    private final List<Track> tracks = new ArrayList<>();
    private final ReplayStep[] steps;

    /** One placement's marks, each with the step it counts from (never decreasing). */
    private record Track(Placement placement, List<PlacementMark> marks, int[] slots) {
        int placedSlot() { return slots[0]; }
    }

    private Replay(SessionHistory history) {
        this.history = history;
        this.byTurns = !history.turns().isEmpty();
        for (int i = 0; i < history.stills().size(); i++) {
            Still s = history.stills().get(i);
            stillOrder.put(s.id(), i);
            stills.put(s.id(), s);
        }
        for (int i = 0; i < history.turns().size(); i++) turnIndex.put(history.turns().get(i).id(), i);
        for (Placement p : history.placements()) {
            if (p.marks().isEmpty()) continue;
            int[] slots = new int[p.marks().size()];
            int floor = Integer.MIN_VALUE;
            for (int i = 0; i < slots.length; i++) {
                slots[i] = Math.max(floor, slotOf(p.marks().get(i)));
                floor = slots[i];
            }
            tracks.add(new Track(p, p.marks(), slots));
        }
        // placing order: the step it was placed in, then the still it was first marked on, then when it was recorded
        tracks.sort(Comparator.<Track>comparingInt(Track::placedSlot)
                .thenComparingInt(t -> stillOrder.get(t.marks().get(0).stillId()))
                .thenComparingLong(t -> t.placement().id()));
        this.steps = new ReplayStep[byTurns ? history.turns().size() : history.stills().size()];
    }

    public static Replay of(SessionHistory history) {
        return new Replay(history);
    }

    public SessionHistory history() { return history; }

    /** Whether the steps are turns (else stills: a session recorded without turns). */
    public boolean byTurns() { return byTurns; }

    public int size() { return steps.length; }

    public ReplayStep step(int index) {
        if (index < 0 || index >= steps.length) throw new org.sandtray.domain.InvalidValue("review.stepOutside", index + 1, steps.length);
        ReplayStep s = steps[index];
        if (s == null) {
            s = build(index);
            steps[index] = s;
        }
        return s;
    }

    public List<ReplayStep> steps() {
        List<ReplayStep> out = new ArrayList<>(steps.length);
        for (int i = 0; i < steps.length; i++) out.add(step(i));
        return out;
    }

    /** The step of a turn, or -1 when the turn is not one of this session's. */
    public int indexOfTurn(long turnId) {
        Integer i = turnIndex.get(turnId);
        return i == null ? -1 : i;
    }

    /** The step of the student's first turn in the session, or -1 when they had none. */
    public int firstTurnOf(String studentCode) {
        for (int i = 0; i < history.turns().size(); i++) {
            if (history.turns().get(i).studentCode().equals(studentCode)) return i;
        }
        return -1;
    }

    /** The session's placements in the order they were placed (first figure first). */
    public List<Placement> placementsInOrder() {
        return tracks.stream().map(Track::placement).toList();
    }

    private int slotOf(PlacementMark m) {
        Still still = stills.get(m.stillId());
        if (!byTurns) return stillOrder.get(m.stillId());
        Integer t = m.turnId() == null ? null : turnIndex.get(m.turnId());
        if (t != null) return t;
        return slotOfStill(still);
    }

    /** The step a still shows: the turn it was taken after (-1: before the first turn), or its own place. */
    private int slotOfStill(Still still) {
        if (!byTurns) return stillOrder.get(still.id());
        Integer t = still.turnId() == null ? null : turnIndex.get(still.turnId());
        return t == null ? -1 : t;
    }

    private ReplayStep build(int index) {
        List<StandingFigure> tray = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        String changedFigure = null;
        for (Track t : tracks) {
            int last = -1;
            for (int i = 0; i < t.slots().length && t.slots()[i] <= index; i++) last = i;
            if (last < 0) continue;
            PlacementMark mark = t.marks().get(last);
            boolean now = t.slots()[last] == index;
            if (mark.event() == MarkEvent.REMOVED) {
                if (now) removed.add(t.placement().id());
                continue;
            }
            // the spot it stands at now; the change it made in this step, if any
            boolean changed = false;
            for (int i = 0; i <= last; i++) {
                MarkEvent e = t.marks().get(i).event();
                if (t.slots()[i] == index && (e == MarkEvent.PLACED || e == MarkEvent.MOVED)) changed = true;
            }
            if (changed && changedFigure == null) changedFigure = t.placement().figureName();
            tray.add(StandingFigure.of(t.placement(), mark, changed));
        }
        tray.sort(Comparator.comparingLong(StandingFigure::placementId));
        Turn turn = byTurns ? history.turns().get(index) : null;
        Still still = null;
        Still backdrop = null;
        for (Still s : history.stills()) {
            if (s.rejected()) continue; // kept in the library, never shown in review
            int slot = slotOfStill(s);
            if (slot == index && still == null) still = s;
            if (slot <= index) backdrop = s;
        }
        if (still != null) backdrop = still;
        String figure = turn != null && turn.figureName() != null ? turn.figureName() : changedFigure;
        if (turn != null && (turn.action() == TurnAction.PASS || turn.action() == TurnAction.SAND) && turn.figureName() == null) {
            figure = null;
        }
        return new ReplayStep(index, turn, figure, still, backdrop, List.copyOf(tray), List.copyOf(removed));
    }
}
