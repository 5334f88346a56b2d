package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.review.DateRange;
import org.sandtray.review.StudentYear;
import org.sandtray.review.StudentYears;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Culling stills from the command line, with a real library, real photos and the real check:
 * star, reject (hidden from review, kept), the final tray, and delete for good (row, marks, the
 * figures tagged on it alone, and the file; check clean after; the id never given again).
 */
class StillCullingTest {
    @TempDir
    Path tmp;

    Path lib;
    String session;
    String s1, s2, s3;
    Path photos;

    @BeforeEach
    void setUp() throws Exception {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nA,安安,5,2,yes\nB,贝贝,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        Cli.ok(lib, "group", "create", "沙盘世界", "--students", "A,B");
        session = String.valueOf(Cli.ok(lib, "session", "start", "--group", "沙盘世界", "--turn-order", "A,B").id());
        photos = tmp.resolve("photos");
        Instant t0 = Instant.parse("2026-10-13T04:40:00Z");
        Cli.ok(lib, "turn", "add", "--session", session, "--student", "A", "--action", "place", "--figure", "老虎");
        s1 = still(Fixtures.variant(Fixtures.STUFF_JPG, photos, "1.jpg", 1, t0));
        Cli.ok(lib, "turn", "add", "--session", session, "--student", "B", "--action", "place", "--figure", "房子");
        s2 = still(Fixtures.variant(Fixtures.STUFF_JPG, photos, "2.jpg", 2, t0.plusSeconds(60)));
        Cli.ok(lib, "turn", "add", "--session", session, "--student", "A", "--action", "move");
        s3 = still(Fixtures.variant(Fixtures.STUFF_JPG, photos, "3.jpg", 3, t0.plusSeconds(120)));
        // 老虎 placed on still 1 and moved on still 2; 房子 tagged on still 2 alone; 松树 placed on 2, moved on 3
        Cli.ok(lib, "place", "--still", s1, "--figure", "老虎", "--student", "A", "--at", "0.2,0.2");
        Cli.ok(lib, "move", "--still", s2, "--placement", "1", "--at", "0.4,0.4");
        Cli.ok(lib, "place", "--still", s2, "--figure", "房子", "--student", "B", "--at", "0.7,0.7");
        Cli.ok(lib, "place", "--still", s2, "--figure", "松树", "--student", "B", "--at", "0.5,0.1");
        Cli.ok(lib, "move", "--still", s3, "--placement", "3", "--at", "0.6,0.1");
    }

    private String still(Path file) {
        return String.valueOf(Cli.ok(lib, "still", "import", "--session", session, file.toString()).id());
    }

    private JsonNode list() {
        return Cli.ok(lib, "still", "list", "--session", session, "--format", "json").json();
    }

    private Path fileOf(String stillId) {
        for (JsonNode s : Cli.ok(lib, "session", "show", session, "--format", "json").json().get("stills")) {
            if (s.get("id").asText().equals(stillId)) {
                String hash = s.get("contentHash").asText();
                return lib.resolve("stills").resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
            }
        }
        throw new AssertionError("no still " + stillId);
    }

    @Test
    void starRejectAndTheFinalTray() throws Exception {
        Cli.ok(lib, "still", "star", s1);
        Cli.Result rejected = Cli.ok(lib, "--lang", "en", "still", "reject", s3);
        assertTrue(rejected.err().contains("hidden from review and export"), rejected.err());
        JsonNode stills = list();
        assertEquals("starred", stills.get(0).get("pick").asText());
        assertTrue(stills.get(1).get("pick").isNull());
        assertEquals("rejected", stills.get(2).get("pick").asText(), "a rejected still is kept and listed");
        assertEquals("default", stills.get(1).get("final").asText(), "without a choice the last still not rejected is the final tray");

        JsonNode replay = Cli.ok(lib, "replay", "--session", session).json();
        List<String> shown = new ArrayList<>();
        for (JsonNode step : replay.get("turns")) shown.add(step.get("still").asText());
        assertFalse(shown.contains(s3), "review never shows a rejected still: " + shown);
        assertEquals(3, replay.get("turns").get(2).get("tray").size(), "its marks still count: the move on it is replayed");

        Cli.Result refused = Cli.run(lib, "--lang", "en", "still", "final", s3);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("still " + s3 + " is rejected"), refused.err());

        Cli.ok(lib, "still", "final", s1);
        assertEquals("chosen", list().get(0).get("final").asText());
        Cli.Result cannotReject = Cli.run(lib, "--lang", "en", "still", "reject", s1);
        assertEquals(1, cannotReject.code(), "the final tray is not rejected by accident");
        assertTrue(cannotReject.err().contains("final tray"), cannotReject.err());
        assertTrue(Cli.ok(lib, "session", "show", session).out().contains("final still: " + s1 + " (chosen)"));

        try (Library library = org.sandtray.library.TestLibraries.open(lib, "test")) {
            StudentYear year = new StudentYears(library).of("B", new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
            assertEquals(Long.parseLong(s1), year.sessions().get(0).finalStill().id(), "the student year uses the chosen final still");
            assertEquals(List.of("老虎"), year.sessions().get(0).finalTray().stream().map(f -> f.figure()).toList(),
                    "the final tray is what stood on the chosen still, not on the last one");
        }
        Cli.ok(lib, "still", "final", s1, "--unset");
        assertEquals("default", list().get(1).get("final").asText());
        Cli.ok(lib, "still", "clear", s3);
        assertEquals("default", list().get(2).get("final").asText(), "restored, the newest still is the final tray again");
    }

    @Test
    void deleteAsksThenRemovesTheRowItsMarksItsFiguresAndItsFile() throws Exception {
        Path file = fileOf(s2);
        assertTrue(Files.isRegularFile(file));
        Cli.Result asked = Cli.run(lib, "--lang", "en", "still", "delete", s2);
        assertEquals(1, asked.code());
        assertTrue(asked.err().contains("removes its photo file, 3 figure mark(s)"), asked.err());
        assertTrue(Files.isRegularFile(file), "nothing is deleted without --yes");

        JsonNode done = Cli.ok(lib, "still", "delete", s2, "--yes").json();
        assertEquals(3, done.get("marks").asInt());
        assertEquals(1, done.get("placements").asInt(), "房子 was tagged on this photo alone");
        assertTrue(done.get("fileRemoved").asBoolean());
        assertFalse(Files.exists(file), "the photo file is gone");
        Cli.Result check = Cli.run(lib, "check");
        assertEquals(0, check.code(), check.toString());
        assertEquals(2, list().size());

        try (Library library = org.sandtray.library.TestLibraries.open(lib, "test")) {
            List<Placement> left = library.placements().list(Long.parseLong(session));
            assertEquals(List.of("老虎", "松树"), left.stream().map(Placement::figureName).toList());
            assertEquals(List.of(MarkEvent.PLACED), left.get(0).marks().stream().map(m -> m.event()).toList(),
                    "the move recorded on the deleted photo went with it");
            assertEquals(List.of(MarkEvent.MOVED), left.get(1).marks().stream().map(m -> m.event()).toList(),
                    "a figure seen on a later still keeps that mark");
            assertTrue(library.audit().list().stream().anyMatch(e -> e.event().equals("delete") && e.detail().contains("\"still\": " + s2)));
        }
    }

    @Test
    void aDeletedIdIsNeverGivenAgainAndSharedBytesStay() throws Exception {
        Path file = fileOf(s3);
        String copy = still(Fixtures.variant(Fixtures.STUFF_JPG, photos, "3-again.jpg", 3, Instant.parse("2026-10-13T04:50:00Z")));
        Cli.ok(lib, "still", "delete", copy, "--yes");
        assertTrue(Files.isRegularFile(file), "still " + s3 + " has the same bytes: the file stays");
        Cli.ok(lib, "still", "delete", s3, "--yes");
        assertFalse(Files.exists(file));
        assertEquals(0, Cli.run(lib, "check").code());
        String next = still(Fixtures.variant(Fixtures.STUFF_JPG, photos, "4.jpg", 4, Instant.parse("2026-10-13T05:00:00Z")));
        assertTrue(Long.parseLong(next) > Long.parseLong(copy), "a new still is numbered above the deleted ones: " + next);
        Cli.Result gone = Cli.run(lib, "--lang", "en", "still", "star", s3);
        assertEquals(1, gone.code());
        assertTrue(gone.err().contains("no still with id " + s3), gone.err());
    }
}
