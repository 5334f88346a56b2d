package org.sandtray.review;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.cli.Cli;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Placements;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A group session recorded the way a counselor does it, mistakes included (a wrong turn key undone,
 * a figure tagged by mistake and deleted, a drag undone), replayed turn by turn and checked
 * against the trays worked out by hand below.
 */
class ReplayTest {
    @TempDir
    Path tmp;

    Library library;
    long session;
    long tiger, bridge, house, fence;
    final Map<String, Long> stills = new LinkedHashMap<>();
    final List<Turn> turns = new ArrayList<>();
    long flowerId;
    Placement flowerDeleted;

    private long still(String name, Instant at) throws Exception {
        byte[] real = Files.readAllBytes(Fixtures.STUFF_JPG);
        long id = library.stills().add(SampleJpeg.variant(real, stills.size()), new Stills.Meta(session, at, null, null, null, "test")).id();
        stills.put(name, id);
        return id;
    }

    private void turn(String student, TurnAction action, String figure) {
        turns.add(library.turns().add(session, student, action, figure, null, Instant.now()));
    }

    private long place(long still, String figure, String student, double x, double y) {
        return library.placements().place(new Placements.Request(still, figure, student, new TrayPoint(x, y), null, null, null,
                false, null, null)).id();
    }

    @BeforeEach
    void record() throws Exception {
        library = TestLibraries.create(tmp.resolve("lib"), "test");
        for (String code : List.of("A", "B", "C")) library.students().add(new Students.Draft(code, "学生" + code, null, null, null, null));
        library.groups().create(new org.sandtray.library.Groups.Draft("周二社团", null, null, null, 60, List.of("A", "B", "C"),
                java.time.LocalDate.of(2026, 9, 1)));
        Instant t0 = Instant.parse("2026-10-13T04:40:00Z");
        session = library.sessions().startGroup("周二社团", "第一次", List.of("A", "B", "C"), t0).id();

        still("s0", t0);                                      // the empty tray, before any turn
        turn("A", TurnAction.PLACE, "老虎");                   // R1.1
        long s1 = still("s1", t0.plusSeconds(60));
        tiger = place(s1, "老虎", "A", 0.1, 0.1);
        turn("B", TurnAction.PLACE, "小桥");                   // R1.2, no photo after it
        turn("C", TurnAction.PASS, null);                     // R1.3
        long s2 = still("s2", t0.plusSeconds(120));
        bridge = place(s2, "小桥", "B", 0.5, 0.5);              // tagged late, on the photo after C's pass
        library.placements().seen(tiger, s2, new TrayPoint(0.12, 0.1));

        turn("A", TurnAction.PLACE, null);                    // R2.1: the wrong key ...
        Turn wrong = turns.remove(turns.size() - 1);
        assertEquals(wrong, library.turns().undoLast(session).orElseThrow());
        turn("A", TurnAction.MOVE, null);                     // ... A moved the bridge
        long s3 = still("s3", t0.plusSeconds(180));
        library.placements().move(bridge, s3, new TrayPoint(0.7, 0.3));
        flowerId = place(s3, "花", "C", 0.5, 0.9);             // tagged by mistake ...
        flowerDeleted = library.placements().delete(flowerId);  // ... and deleted

        turn("B", TurnAction.PLACE, "房子");                   // R2.2
        turn("C", TurnAction.PLACE, "栅栏");                   // R2.3
        long s4 = still("s4", t0.plusSeconds(240));
        house = place(s4, "房子", "B", 0.2, 0.8);
        fence = place(s4, "栅栏", "C", 0.9, 0.9);
        library.placements().move(bridge, s4, new TrayPoint(0.3, 0.3)); // a drag by mistake ...
        library.placements().unmark(bridge, s4);                        // ... undone

        turn("A", TurnAction.PASS, null);                     // R3.1
        turn("B", TurnAction.PASS, null);                     // R3.2
        turn("C", TurnAction.ADJUST, null);                   // R3.3: C takes the tiger out
        long s5 = still("s5", t0.plusSeconds(300));
        library.placements().remove(tiger, s5);
        library.sessions().end(session, new org.sandtray.library.Sessions.WrapUp("森林", null, null, null), t0.plusSeconds(400));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        library.close();
    }

    /** What stood after each turn, worked out by hand from the record above: figure@x,y. */
    private static final List<List<String>> EXPECTED_TRAYS = List.of(
            List.of("老虎@0.10,0.10"),                                                 // R1.1 A places the tiger
            List.of("老虎@0.10,0.10", "小桥@0.50,0.50"),                                // R1.2 B places the bridge
            List.of("老虎@0.12,0.10", "小桥@0.50,0.50"),                                // R1.3 C passes; the tiger seen a bit further right
            List.of("老虎@0.12,0.10", "小桥@0.70,0.30"),                                // R2.1 A moves the bridge
            List.of("老虎@0.12,0.10", "小桥@0.70,0.30", "房子@0.20,0.80"),               // R2.2 B places the house
            List.of("老虎@0.12,0.10", "小桥@0.70,0.30", "房子@0.20,0.80", "栅栏@0.90,0.90"), // R2.3 C places the fence
            List.of("老虎@0.12,0.10", "小桥@0.70,0.30", "房子@0.20,0.80", "栅栏@0.90,0.90"), // R3.1 A passes
            List.of("老虎@0.12,0.10", "小桥@0.70,0.30", "房子@0.20,0.80", "栅栏@0.90,0.90"), // R3.2 B passes
            List.of("小桥@0.70,0.30", "房子@0.20,0.80", "栅栏@0.90,0.90"));               // R3.3 C takes the tiger out
    private static final List<String> EXPECTED_STILLS = List.of("s1", "", "s2", "s3", "", "s4", "", "", "s5");
    private static final List<String> EXPECTED_BACKDROPS = List.of("s1", "s1", "s2", "s3", "s3", "s4", "s4", "s4", "s5");
    private static final List<String> EXPECTED_FIGURES = List.of("老虎", "小桥", "", "小桥", "房子", "栅栏", "", "", "");
    private static final List<String> EXPECTED_CHANGED = List.of("老虎", "小桥", "", "小桥", "房子", "栅栏", "", "", "");

    private static List<String> spots(List<StandingFigure> tray) {
        return tray.stream().map(f -> String.format(java.util.Locale.ROOT, "%s@%.2f,%.2f", f.figure(), f.at().x(), f.at().y())).toList();
    }

    private String stillName(Long id) {
        if (id == null) return "";
        return stills.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst().orElse("?" + id);
    }

    @Test
    void everyTurnShowsTheTrayWorkedOutByHand() {
        Replay replay = Replay.of(SessionHistory.load(library, session));
        assertTrue(replay.byTurns());
        assertEquals(9, replay.size(), "one step per turn; the undone turn is not one");
        for (int i = 0; i < replay.size(); i++) {
            ReplayStep step = replay.step(i);
            String where = "after turn " + step.turn().round() + "." + step.turn().orderInRound();
            assertEquals(turns.get(i).id(), step.turn().id(), where);
            assertEquals(EXPECTED_TRAYS.get(i), spots(step.tray()), where);
            assertEquals(EXPECTED_STILLS.get(i), stillName(step.still() == null ? null : step.still().id()), where + ": still");
            assertEquals(EXPECTED_BACKDROPS.get(i), stillName(step.backdrop() == null ? null : step.backdrop().id()), where + ": backdrop");
            assertEquals(EXPECTED_FIGURES.get(i), step.figure() == null ? "" : step.figure(), where + ": figure");
            assertEquals(EXPECTED_CHANGED.get(i), String.join(",", step.tray().stream().filter(StandingFigure::changedNow)
                    .map(StandingFigure::figure).toList()), where + ": highlighted");
        }
        assertEquals(List.of(tiger), replay.step(8).removed());
        assertTrue(replay.steps().stream().flatMap(s -> s.tray().stream()).noneMatch(f -> f.figure().equals("花")),
                "the figure tagged by mistake and deleted never appears");
    }

    @Test
    void marksKeepTheirTurnTimeAndWhoDidIt() {
        Placement b = library.placements().require(bridge);
        assertEquals(2, b.marks().size(), "the undone drag left no mark");
        PlacementMark placed = b.marks().get(0);
        assertEquals(turns.get(1).id(), placed.turnId(), "placed in B's place turn, though tagged on the photo after C's pass");
        assertEquals("B", placed.byStudent());
        assertEquals(turns.get(1).recordedAt(), placed.happenedAt());
        PlacementMark moved = b.marks().get(1);
        assertEquals(MarkEvent.MOVED, moved.event());
        assertEquals(turns.get(3).id(), moved.turnId(), "moved in A's move turn");
        assertEquals("A", moved.byStudent(), "the member whose turn it was moved it");
        PlacementMark removed = library.placements().require(tiger).marks().get(2);
        assertEquals(MarkEvent.REMOVED, removed.event());
        assertEquals(turns.get(8).id(), removed.turnId(), "taken out in C's final adjustment");
        assertEquals("C", removed.byStudent());
        PlacementMark seen = library.placements().require(tiger).marks().get(1);
        assertEquals(turns.get(2).id(), seen.turnId(), "seen on the photo taken after C's pass");
        assertNull(seen.byStudent(), "nobody did anything by being seen");
        assertNotNull(seen.recordedAt());
    }

    @Test
    void undoRemovesTheMistakeWithoutRenumberingWhatStands() {
        List<Long> ids = library.placements().list(session).stream().map(Placement::id).toList();
        assertEquals(List.of(tiger, bridge, house, fence), ids);
        assertFalse(ids.contains(flowerId));
        // putting the deleted rows back (a redo) gives them their own ids again, marks included
        Placement back = library.placements().restore(flowerDeleted);
        assertEquals(flowerDeleted, back);
        assertEquals(flowerId, back.id());
        assertEquals(flowerDeleted.marks().get(0).id(), back.marks().get(0).id());
        assertThrows(LibraryException.class, () -> library.placements().restore(flowerDeleted), "a row cannot be put back twice");
        assertEquals(List.of(tiger, bridge, house, fence), library.placements().list(session).stream().map(Placement::id)
                .filter(id -> id != flowerId).toList(), "nothing else was renumbered");
    }

    @Test
    void theCursorStepsJumpsAndStopsAtTheEnds() {
        ReplayCursor cursor = new ReplayCursor(Replay.of(SessionHistory.load(library, session)));
        assertEquals(0, cursor.index());
        assertEquals(0, cursor.previous().index(), "previous at the start stays there");
        assertEquals(EXPECTED_TRAYS.get(1), spots(cursor.next().tray()));
        assertEquals(EXPECTED_TRAYS.get(8), spots(cursor.last().tray()));
        assertEquals(8, cursor.next().index(), "next at the end stays there");
        assertEquals(EXPECTED_TRAYS.get(3), spots(cursor.jump(3).tray()));
        assertTrue(cursor.jumpToFirstTurnOf("C"));
        assertEquals(2, cursor.index(), "C's first turn is the pass in round 1");
        assertTrue(cursor.jumpToTurn(turns.get(5).id()));
        assertEquals(EXPECTED_TRAYS.get(5), spots(cursor.current().tray()));
        assertThrows(org.sandtray.domain.InvalidValue.class, () -> cursor.jump(9));
        assertEquals(5, cursor.index(), "a refused jump does not move");
        assertEquals(EXPECTED_TRAYS.get(4), spots(cursor.previous().tray()));
        assertEquals(EXPECTED_TRAYS.get(0), spots(cursor.first().tray()));
    }

    @Test
    void replayJsonHasTheShapeOfTheIssue() {
        Path folder = library.folder();
        library.close();
        JsonNode json = Cli.ok(folder, "replay", "--session", String.valueOf(session)).json();
        library = TestLibraries.open(folder, "test");
        assertEquals(session, json.get("session").asLong());
        assertEquals(new TreeSet<>(List.of("session", "turns")), names(json));
        JsonNode turnsJson = json.get("turns");
        assertEquals(9, turnsJson.size());
        JsonNode first = turnsJson.get(0);
        assertEquals(new TreeSet<>(List.of("round", "turn", "student", "action", "figure", "still", "tray")), names(first));
        assertEquals(1, first.get("round").asInt());
        assertEquals(1, first.get("turn").asInt());
        assertEquals("A", first.get("student").asText());
        assertEquals("place", first.get("action").asText());
        assertEquals("老虎", first.get("figure").asText());
        assertEquals(stills.get("s1").longValue(), first.get("still").asLong());
        JsonNode t = first.get("tray").get(0);
        assertEquals(new TreeSet<>(List.of("placement", "figure", "category", "student", "x", "y", "buried")), names(t));
        assertEquals(tiger, t.get("placement").asLong());
        assertEquals("animals", t.get("category").asText());
        assertEquals(0.1, t.get("x").asDouble(), 1e-9);
        assertFalse(t.get("buried").asBoolean());
        assertTrue(turnsJson.get(1).get("still").isNull(), "no still between B's turn and C's");
        assertTrue(turnsJson.get(2).get("figure").isNull(), "a pass names no figure");
        assertEquals(3, turnsJson.get(8).get("tray").size());
        for (int i = 0; i < 9; i++) {
            List<String> spots = new ArrayList<>();
            for (JsonNode f : turnsJson.get(i).get("tray")) {
                spots.add(String.format(java.util.Locale.ROOT, "%s@%.2f,%.2f", f.get("figure").asText(), f.get("x").asDouble(), f.get("y").asDouble()));
            }
            assertEquals(EXPECTED_TRAYS.get(i), spots, "turn " + (i + 1));
        }
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
