package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Leaving dates, retention and erasure on the command line: listed first, erased only when confirmed, check clean after. */
class RetentionCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void aPupilPastRetentionIsListedAndErasedOnlyWithYes() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"),
                "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,yes,2025-09-01\nS02,李华,5,2,yes,2025-09-01\n").toString());
        long individual = Cli.ok(lib, "session", "start", "--student", "S01", "--title", "王小明的沙盘").id();
        Cli.ok(lib, "still", "import", "--session", String.valueOf(individual),
                Fixtures.copy(Fixtures.STUFF_JPG, tmp.resolve("in"), "a.jpg", Instant.now()).toString());
        Cli.ok(lib, "group", "create", "社团", "--students", "S01,S02");
        long group = Cli.ok(lib, "session", "start", "--group", "社团", "--turn-order", "S01,S02").id();
        Cli.ok(lib, "turn", "add", "--session", String.valueOf(group), "--student", "S01", "--action", "pass");

        assertEquals("[ ]", Cli.ok(lib, "student", "due", "--format", "json").out().strip());
        String left = LocalDate.now().minusYears(3).minusDays(1).toString();
        assertEquals(left, Cli.ok(lib, "student", "leave", "S01", "--on", left).json().get("leftOn").asText());
        Cli.ok(lib, "student", "leave", "S02", "--on", LocalDate.now().minusYears(1).toString());
        Cli.Result due = Cli.ok(lib, "--lang", "en", "student", "due", "--format", "json");
        assertEquals(1, due.json().size(), due.out());
        assertEquals("S01", due.json().get(0).get("code").asText());
        assertTrue(due.err().contains("1 pupil(s) past retention (3 years"), due.err());
        assertEquals(1, Cli.ok(lib, "student", "retention", "--years", "1").json().get("years").asInt());
        assertEquals(2, Cli.ok(lib, "student", "due", "--format", "json").json().size(), "a shorter retention: both are due");

        Cli.Result asked = Cli.ok(lib, "--lang", "en", "student", "erase", "S01");
        assertFalse(asked.json().get("erased").asBoolean());
        assertEquals(1, asked.json().get("files").asInt());
        assertTrue(asked.err().contains("run again with --yes"), asked.err());
        assertTrue(Cli.ok(lib, "student", "list", "--format", "json").out().contains("王小明"), "nothing was erased without --yes");

        Cli.Result erased = Cli.ok(lib, "student", "erase", "S01", "--yes");
        assertTrue(erased.json().get("erased").asBoolean());
        assertEquals(1, erased.json().get("turnsKept").asInt());
        assertFalse(Cli.ok(lib, "student", "list", "--format", "json").out().contains("王小明"));
        assertEquals(1, Cli.run(lib, "session", "show", String.valueOf(individual)).code(), "the individual session is gone");
        String groupShown = Cli.ok(lib, "session", "show", String.valueOf(group), "--format", "json").out();
        assertTrue(groupShown.contains("former-") && !groupShown.contains("S01"), groupShown);
        assertEquals(0, Cli.run(lib, "check").code(), "check is clean after the erasure");
        assertTrue(Cli.ok(lib, "audit", "--format", "json").out().contains("\"erase\""));
        assertEquals(1, Cli.run(lib, "student", "erase", "S01", "--yes").code(), "the code is no longer anyone's");
    }
}
