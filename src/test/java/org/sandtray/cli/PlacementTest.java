package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Tagging figures on stills: place, move on a later still, remove, and what stands on each still. */
class PlacementTest {

    @TempDir
    Path tmp;

    Path lib;
    String session;
    String other;
    String s1, s2, s3, s4, o1;

    @BeforeEach
    void setUp() throws Exception {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent,consent_date\nA,安安,5,2,yes,2025-09-01\nB,贝贝,5,2,yes,2025-09-01\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        session = String.valueOf(Cli.ok(lib, "session", "start", "--student", "A").id());
        other = String.valueOf(Cli.ok(lib, "session", "start", "--student", "B").id());
        Instant t0 = Instant.parse("2026-10-13T04:40:00Z");
        Path photos = tmp.resolve("photos");
        // imported out of order on purpose: the stills are ordered by when they were taken
        s3 = still(session, Fixtures.copy(Fixtures.STUFF_JPG, photos, "c.jpg", t0.plusSeconds(120)));
        s1 = still(session, Fixtures.copy(Fixtures.STUFF_JPG, photos, "a.jpg", t0));
        s2 = still(session, Fixtures.copy(Fixtures.SMARTIES_PNG, photos, "b.png", t0.plusSeconds(60)));
        s4 = still(session, Fixtures.copy(Fixtures.SMARTIES_PNG, photos, "d.png", t0.plusSeconds(180)));
        o1 = still(other, Fixtures.copy(Fixtures.STUFF_JPG, photos, "o.jpg", t0.plusSeconds(90)));
    }

    private String still(String sessionId, Path file) {
        return String.valueOf(Cli.ok(lib, "still", "import", "--session", sessionId, file.toString()).id());
    }

    private long place(String still, String figure, String at, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("place", "--still", still, "--figure", figure, "--student", "A", "--at", at));
        args.addAll(List.of(more));
        return Cli.ok(lib, args.toArray(String[]::new)).id();
    }

    private Placement placement(long id) {
        try (Library library = TestLibraries.open(lib, "test")) {
            return library.placements().require(id);
        }
    }

    @Test
    void placeWithAPointAndABoxThenMoveAndRemove() {
        long tiger = place(s1, "tiger", "0.2,0.3", "--box", "0.1,0.15", "--facing", "90", "--buried");
        Placement p = placement(tiger);
        assertEquals("老虎", p.figureName());
        assertEquals("A", p.studentCode());
        assertEquals(90.0, p.facingDegrees());
        assertTrue(p.buried());
        assertEquals(1, p.marks().size());
        assertEquals(MarkEvent.PLACED, p.marks().get(0).event());
        assertEquals(new TrayPoint(0.2, 0.3), p.marks().get(0).at());
        assertEquals(0.1, p.marks().get(0).boxWidth());
        assertEquals(0.15, p.marks().get(0).boxHeight());

        assertEquals(tiger, Cli.ok(lib, "move", "--placement", String.valueOf(tiger), "--still", s2, "--at", "0.7,0.6").id());
        Cli.ok(lib, "remove", "--placement", String.valueOf(tiger), "--still", s3);
        p = placement(tiger);
        assertEquals(List.of(MarkEvent.PLACED, MarkEvent.MOVED, MarkEvent.REMOVED), p.marks().stream().map(m -> m.event()).toList());
        assertEquals(List.of(Long.parseLong(s1), Long.parseLong(s2), Long.parseLong(s3)),
                p.marks().stream().map(m -> m.stillId()).toList());
        assertTrue(p.moved());
        assertTrue(p.removed());
        assertEquals(new TrayPoint(0.2, 0.3), p.firstPosition());
        assertNull(p.lastPosition());

        Cli.Result afterRemoval = Cli.run(lib, "move", "--placement", String.valueOf(tiger), "--still", s4, "--at", "0.5,0.5");
        assertEquals(1, afterRemoval.code(), afterRemoval.toString());
        assertTrue(afterRemoval.err().contains("was removed on still " + s3), afterRemoval.err());
    }

    @Test
    void aMoveToAnotherSessionsStillOrAnEarlierStillIsRefused() {
        long bridge = place(s2, "bridge", "0.5,0.5");
        Cli.Result otherSession = Cli.run(lib, "move", "--placement", String.valueOf(bridge), "--still", o1, "--at", "0.1,0.1");
        assertEquals(1, otherSession.code(), otherSession.toString());
        assertTrue(otherSession.err().contains("still " + o1 + " belongs to session " + other), otherSession.err());

        Cli.Result earlier = Cli.run(lib, "move", "--placement", String.valueOf(bridge), "--still", s1, "--at", "0.1,0.1");
        assertEquals(1, earlier.code(), earlier.toString());
        assertTrue(earlier.err().contains("still " + s1 + " was taken before placement " + bridge + " was placed"), earlier.err());

        Cli.Result sameStill = Cli.run(lib, "remove", "--placement", String.valueOf(bridge), "--still", s2);
        assertEquals(1, sameStill.code(), sameStill.toString());
        assertEquals(1, placement(bridge).marks().size(), "refused moves leave the placement as it was");
    }

    @Test
    void trayCoordinatesOutside0To1AreRefused() {
        for (String at : List.of("1.5,0.2", "-0.1,0.5", "0.5,1.01", "NaN,0.5")) {
            Cli.Result r = Cli.run(lib, "place", "--still", s1, "--figure", "tiger", "--student", "A", "--at", at);
            assertNotEquals(0, r.code(), at + ": " + r);
            assertEquals("", r.out(), "no placement id for " + at);
        }
        Cli.Result r = Cli.run(lib, "place", "--still", s1, "--figure", "tiger", "--student", "A", "--at", "1.5,0.2");
        assertEquals(2, r.code(), "a bad value on the command line is bad usage: " + r);
        assertTrue(r.err().contains("tray coordinates must be between 0 and 1"), r.err());

        Cli.Result box = Cli.run(lib, "place", "--still", s1, "--figure", "tiger", "--student", "A", "--at", "0.5,0.5", "--box", "1.5,0.1");
        assertEquals(1, box.code(), box.toString());
        assertTrue(box.err().contains("between 0 and 1"), box.err());

        long tiger = place(s1, "tiger", "0.5,0.5");
        Cli.Result move = Cli.run(lib, "move", "--placement", String.valueOf(tiger), "--still", s2, "--at", "2,2");
        assertEquals(2, move.code(), move.toString());
        assertEquals(1, placement(tiger).marks().size());
        assertEquals(1, Fixtures.count(lib, "placements"), "only the valid placement is stored");

        assertThrows(IllegalArgumentException.class, () -> new TrayPoint(1.2, 0));
    }

    @Test
    void aStudentNotInTheSessionCannotPlace() {
        Cli.Result r = Cli.run(lib, "place", "--still", s1, "--figure", "tiger", "--student", "B", "--at", "0.5,0.5");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("student B is not taking part in session " + session), r.err());
    }

    @Test
    void whatStandsOnEachStillIsCarriedForwardUntilMovedOrRemoved() {
        long tiger = place(s1, "tiger", "0.2,0.3");
        long bridge = place(s2, "bridge", "0.8,0.8");
        Cli.ok(lib, "move", "--placement", String.valueOf(tiger), "--still", s3, "--at", "0.6,0.4");
        Cli.ok(lib, "remove", "--placement", String.valueOf(bridge), "--still", s4);

        try (Library library = TestLibraries.open(lib, "test")) {
            Map<Long, Placements.Standing> on1 = standing(library, s1);
            assertEquals(List.of(tiger), List.copyOf(on1.keySet()));
            assertTrue(on1.get(tiger).markedHere());

            Map<Long, Placements.Standing> on2 = standing(library, s2);
            assertEquals(java.util.Set.of(tiger, bridge), on2.keySet());
            assertFalse(on2.get(tiger).markedHere(), "the tiger is carried forward from still 1");
            assertEquals(new TrayPoint(0.2, 0.3), on2.get(tiger).mark().at());
            assertTrue(on2.get(bridge).markedHere());

            Map<Long, Placements.Standing> on3 = standing(library, s3);
            assertEquals(new TrayPoint(0.6, 0.4), on3.get(tiger).mark().at(), "moved on still 3");
            assertEquals(MarkEvent.MOVED, on3.get(tiger).mark().event());
            assertEquals(new TrayPoint(0.8, 0.8), on3.get(bridge).mark().at());

            Map<Long, Placements.Standing> on4 = standing(library, s4);
            assertEquals(List.of(tiger), List.copyOf(on4.keySet()), "the bridge was removed on still 4");
            assertEquals(new TrayPoint(0.6, 0.4), on4.get(tiger).mark().at());

            assertEquals(List.of(), library.placements().standingOn(Long.parseLong(o1)), "nothing of session 1 stands in session 2");
        }
    }

    private static Map<Long, Placements.Standing> standing(Library library, String still) {
        return library.placements().standingOn(Long.parseLong(still)).stream()
                .collect(Collectors.toMap(s -> s.placement().id(), s -> s, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void sessionShowJsonHoldsTurnsStillsAndPlacements() {
        long tiger = place(s1, "tiger", "0.9,0.1", "--box", "0.1,0.1");
        Cli.ok(lib, "move", "--placement", String.valueOf(tiger), "--still", s2, "--at", "0.5,0.5");
        Cli.ok(lib, "turn", "add", "--session", session, "--student", "A", "--action", "place", "--figure", "bridge", "--note", "想过河");
        JsonNode show = Cli.ok(lib, "session", "show", session, "--format", "json").json();
        assertEquals(Long.parseLong(session), show.get("session").get("id").asLong());
        assertEquals(4, show.get("stills").size());
        assertEquals(1, show.get("turns").size());
        assertEquals("桥", show.get("turns").get(0).get("figureName").asText().substring(1), "the bridge by its Chinese name");
        assertEquals("想过河", show.get("turns").get(0).get("note").asText());
        JsonNode placement = show.get("placements").get(0);
        assertEquals("老虎", placement.get("figure").asText());
        assertEquals("animals", placement.get("category").asText());
        assertEquals("upper_right", placement.get("zone").asText());
        assertTrue(placement.get("moved").asBoolean());
        assertEquals(2, placement.get("marks").size());
        List<Long> stillIds = new java.util.ArrayList<>();
        show.get("stills").forEach(s -> stillIds.add(s.get("id").asLong()));
        assertEquals(List.of(s1, s2, s3, s4).stream().map(Long::parseLong).toList(), stillIds, "stills in the order taken");
    }
}
