package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Naming the turn a photo, a move or a removal belongs to on the command line; an undone turn's photos. */
class HistoryCommandsTest {
    @TempDir
    Path tmp;

    Path lib;
    long session;

    private String[] args(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).toArray(String[]::new);
    }

    private long turn(String student, String action, String figure) {
        Cli.Result r = figure == null
                ? Cli.ok(lib, args("turn", "add", "--session", session, "--student", student, "--action", action))
                : Cli.ok(lib, args("turn", "add", "--session", session, "--student", student, "--action", action, "--figure", figure));
        return r.json().get("id").asLong();
    }

    @BeforeEach
    void club() throws Exception {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nA,安安,5,2,yes\nB,贝贝,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        Cli.ok(lib, "group", "create", "社团", "--students", "A,B");
        session = Cli.ok(lib, "session", "start", "--group", "社团", "--turn-order", "A,B").id();
    }

    @Test
    void photosMovesAndRemovalsCanNameTheirTurn() throws Exception {
        long placeA = turn("A", "place", "老虎");
        long moveB = turn("B", "move", null);
        turn("A", "pass", null);
        Path p1 = Fixtures.copy(Fixtures.STUFF_JPG, tmp.resolve("p"), "1.jpg", Instant.parse("2026-10-13T04:41:00Z"));
        Path p2 = Fixtures.variant(Fixtures.STUFF_JPG, tmp.resolve("p"), "2.jpg", 2, Instant.parse("2026-10-13T04:43:00Z"));
        long s1 = Cli.ok(lib, args("still", "import", "--session", session, "--turn", placeA, p1)).id();
        long s2 = Cli.ok(lib, args("still", "import", "--session", session, p2)).id();
        long tiger = Cli.ok(lib, args("place", "--still", s1, "--figure", "老虎", "--student", "A", "--at", "0.1,0.1")).id();
        Cli.ok(lib, args("move", "--placement", tiger, "--still", s2, "--at", "0.6,0.6", "--turn", moveB));

        JsonNode show = Cli.ok(lib, args("session", "show", session, "--format", "json")).json();
        assertEquals(placeA, show.get("stills").get(0).get("turnId").asLong(), "the photo taken after A's turn, as named");
        JsonNode marks = show.get("placements").get(0).get("marks");
        assertEquals("moved", marks.get(1).get("event").asText());
        assertEquals(moveB, marks.get(1).get("turnId").asLong());
        assertEquals("B", marks.get(1).get("byStudent").asText(), "B moved A's tiger in B's turn");

        JsonNode replay = Cli.ok(lib, args("replay", "--session", session)).json().get("turns");
        assertEquals(s1, replay.get(0).get("still").asLong());
        assertEquals(0.6, replay.get(1).get("tray").get(0).get("x").asDouble(), 1e-9, "moved in B's turn");
        assertEquals(s2, replay.get(2).get("still").asLong(), "stored after A's pass");

        Cli.Result other = Cli.run(lib, args("--lang", "en", "still", "import", "--session", session, "--turn", 999, p1));
        assertEquals(1, other.code());
        assertTrue(other.err().contains("turn 999 is not a turn of session " + session), other.err());
        String table = Cli.ok(lib, args("replay", "--session", session, "--format", "table")).out();
        assertTrue(table.contains("老虎@0.60,0.60"), table);
    }

    @Test
    void photosTakenAfterAnUndoneTurnFollowTheTurnBeforeIt() throws Exception {
        try (Library library = TestLibraries.open(lib, "test")) {
            Turn first = library.turns().add(session, "A", TurnAction.PLACE, "老虎", null, Instant.now());
            Turn wrong = library.turns().add(session, "B", TurnAction.PASS, null, null, Instant.now());
            Still after = library.stills().importFile(Fixtures.STUFF_JPG, session, null, null);
            assertEquals(wrong.id(), after.turnId());
            library.turns().undoLast(session);
            assertEquals(first.id(), library.stills().require(after.id()).turnId(), "the photo now follows A's turn");
            Turn right = library.turns().add(session, "B", TurnAction.PLACE, "小桥", null, Instant.now());
            assertTrue(right.id() > wrong.id(), "the corrected turn does not take the undone turn's number");
        }
    }
}
