package org.sandtray.review;

import org.sandtray.domain.Category;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The counts practitioners use to describe a tray's structure, for one member's part of a tray or
 * for the whole tray. The counselor labels; the program only counts.
 *
 * @param figures     figures placed (a figure removed later still counts; an undone mistake does not)
 * @param categories  figures placed per category (categories used only)
 * @param zones       figures standing at the end per 3x3 zone of the tray, by their last position (all nine zones)
 * @param emptyZones  zones with no figure standing at the end
 * @param fences      figures placed from the fences and boundaries category
 * @param moves       moves made: each move tagged on a still, and each move turn with no move tagged in it
 * @param passes      turns passed
 * @param firstFigure the first figure placed, null when none
 * @param emptyWorld  the "empty world" reference of the literature: fewer than 50 figures and fewer than 5
 *                    categories; null for totals over several trays
 */
public record TrayCounts(int figures, Map<Category, Integer> categories, Map<TrayZone, Integer> zones, int emptyZones,
                         int fences, int moves, int passes, String firstFigure, Boolean emptyWorld) {
    /** Fewer figures than this (and fewer categories than {@link #EMPTY_WORLD_CATEGORIES}) is an "empty world". */
    public static final int EMPTY_WORLD_FIGURES = 50;
    public static final int EMPTY_WORLD_CATEGORIES = 5;

    public TrayCounts {
        Map<Category, Integer> c = new EnumMap<>(Category.class);
        c.putAll(categories);
        Map<TrayZone, Integer> z = new EnumMap<>(TrayZone.class);
        z.putAll(zones);
        categories = Collections.unmodifiableMap(c);
        zones = Collections.unmodifiableMap(z);
    }

    /** Counts over nothing. */
    public static TrayCounts none() {
        return new TrayCounts(0, Map.of(), allZones(), TrayZone.values().length, 0, 0, 0, null, null);
    }

    /** The student's part of a session's tray. */
    public static TrayCounts of(Replay replay, String studentCode) {
        return count(replay, studentCode::equals);
    }

    /** The whole tray of a session, every member's figures and turns. */
    public static TrayCounts whole(Replay replay) {
        return count(replay, code -> true);
    }

    private static TrayCounts count(Replay replay, Predicate<String> whose) {
        SessionHistory h = replay.history();
        String soleMember = h.session().kind() == SessionKind.INDIVIDUAL ? h.session().studentCode() : null;
        int figures = 0;
        int fences = 0;
        String first = null;
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        Map<TrayZone, Integer> zones = allZones();
        for (Placement p : replay.placementsInOrder()) {
            if (!whose.test(p.studentCode())) continue;
            figures++;
            if (first == null) first = p.figureName();
            categories.merge(p.category(), 1, Integer::sum);
            if (p.category() == Category.FENCES) fences++;
            TrayPoint end = p.lastPosition();
            if (end != null) zones.merge(end.zone(), 1, Integer::sum);
        }
        int moves = 0;
        Set<Long> turnsWithMoveTagged = new HashSet<>();
        for (Placement p : h.placements()) {
            for (PlacementMark m : p.marks()) {
                if (m.event() != MarkEvent.MOVED) continue;
                if (m.turnId() != null) turnsWithMoveTagged.add(m.turnId());
                String mover = m.byStudent() != null ? m.byStudent() : soleMember;
                if (whose.test(mover)) moves++; // a move nobody's turn names counts for the whole tray only
            }
        }
        int passes = 0;
        for (Turn t : h.turns()) {
            if (!whose.test(t.studentCode())) continue;
            if (t.action() == TurnAction.PASS) passes++;
            if (t.action() == TurnAction.MOVE && !turnsWithMoveTagged.contains(t.id())) moves++;
        }
        return new TrayCounts(figures, categories, zones, empty(zones), fences, moves, passes, first,
                figures < EMPTY_WORLD_FIGURES && categories.size() < EMPTY_WORLD_CATEGORIES);
    }

    /** These counts and another tray's added up (totals over sessions); the first figure stays the earlier one. */
    public TrayCounts plus(TrayCounts other) {
        Map<Category, Integer> c = new EnumMap<>(Category.class);
        c.putAll(categories);
        other.categories.forEach((k, v) -> c.merge(k, v, Integer::sum));
        Map<TrayZone, Integer> z = allZones();
        zones.forEach((k, v) -> z.merge(k, v, Integer::sum));
        other.zones.forEach((k, v) -> z.merge(k, v, Integer::sum));
        return new TrayCounts(figures + other.figures, c, z, empty(z), fences + other.fences, moves + other.moves,
                passes + other.passes, firstFigure != null ? firstFigure : other.firstFigure, null);
    }

    private static Map<TrayZone, Integer> allZones() {
        Map<TrayZone, Integer> zones = new EnumMap<>(TrayZone.class);
        for (TrayZone z : TrayZone.values()) zones.put(z, 0);
        return zones;
    }

    private static int empty(Map<TrayZone, Integer> zones) {
        return (int) zones.values().stream().filter(n -> n == 0).count();
    }

    /** Categories used, for the reference. */
    public int categoriesUsed() { return categories.size(); }
}
