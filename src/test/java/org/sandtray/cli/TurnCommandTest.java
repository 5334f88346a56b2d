package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The turn rules as the counselor meets them on the command line. */
class TurnCommandTest {

    @TempDir
    Path tmp;

    @Test
    void turnsOnTheCommandLineFollowTheDrawnOrder() throws Exception {
        Path lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nA,安安,5,2,yes\nB,贝贝,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        Cli.ok(lib, "group", "create", "午间社团", "--students", "A,B");
        Cli.Result start = Cli.ok(lib, "session", "start", "--group", "午间社团", "--turn-order", "B,A");
        assertTrue(start.err().contains("turn order: B, A"), start.err());
        String id = String.valueOf(start.id());

        Cli.Result wrong = Cli.run(lib, "turn", "add", "--session", id, "--student", "A", "--action", "place", "--figure", "tiger");
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("it is B's turn (round 1, turn 1), not A's"), wrong.err());

        Cli.Result first = Cli.ok(lib, "turn", "add", "--session", id, "--student", "B", "--action", "place", "--figure", "老虎");
        assertEquals(1, first.json().get("round").asInt());
        Cli.ok(lib, "turn", "add", "--session", id, "--student", "A", "--action", "pass");
        Cli.Result third = Cli.ok(lib, "turn", "add", "--session", id, "--student", "B", "--action", "sand");
        assertEquals(2, third.json().get("round").asInt());
        assertEquals(1, third.json().get("turn").asInt());

        Cli.Result bad = Cli.run(lib, "turn", "add", "--session", id, "--student", "A", "--action", "dance");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown action \"dance\""), bad.err());

        Cli.ok(lib, "turn", "add", "--session", id, "--student", "A", "--action", "adjust");
        Cli.Result after = Cli.run(lib, "turn", "add", "--session", id, "--student", "B", "--action", "pass");
        assertEquals(1, after.code());
        assertTrue(after.err().contains("final adjustment has been made"), after.err());

        Cli.ok(lib, "session", "end", id);
        Cli.Result ended = Cli.run(lib, "turn", "add", "--session", id, "--student", "B", "--action", "pass");
        assertEquals(1, ended.code());
        assertTrue(ended.err().contains("has ended"), ended.err());
    }
}
