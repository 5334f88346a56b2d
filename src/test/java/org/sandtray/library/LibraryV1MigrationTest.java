package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.Still;
import org.sandtray.domain.TakenAtSource;
import org.sandtray.domain.Turn;
import org.sandtray.review.Replay;
import org.sandtray.review.ReplayStep;
import org.sandtray.review.SessionHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A library written by the version-1 program (fixtures/v1-library, made by its make.sh) opened by
 * this one: every row and id kept, and the version-3 history filled in by the rules new records
 * follow, checked mark by mark against what the make script recorded.
 */
class LibraryV1MigrationTest {
    @TempDir
    Path tmp;

    private Path copyOfV1() throws IOException {
        Path source = Path.of("fixtures/v1-library/library");
        Path target = tmp.resolve("v1");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        return target;
    }

    private static Map<String, Long> counts(Path folder) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db")); Statement s = c.createStatement()) {
            for (String table : List.of("students", "groups", "sessions", "turns", "stills", "placements", "placement_marks",
                    "figures", "annotations")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) || ':' || IFNULL(SUM(id), 0) FROM " + table)) {
                    r.next();
                    String[] v = r.getString(1).split(":");
                    out.put(table, Long.parseLong(v[0]) * 1_000_000 + Long.parseLong(v[1]));
                }
            }
        }
        return out;
    }

    private static List<String> column(Path folder, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    @Test
    void aVersion1LibraryOpensWithEveryRowKeptAndItsHistoryFilledIn() throws Exception {
        Path folder = copyOfV1();
        assertEquals(List.of("1"), column(folder, "SELECT version FROM flyway_schema_history WHERE success = 1"));
        Map<String, Long> before = counts(folder);

        try (Library library = TestLibraries.open(folder, "test")) {
            assertEquals(List.of(), library.check().run(true).problems(), "the migrated library passes the check, files included");

            // which clock each still's time came from
            List<String> clocks = new ArrayList<>();
            for (long session : List.of(1L, 2L, 3L)) {
                for (Still s : library.stills().list(session)) clocks.add(s.id() + ":" + s.takenAtSource().code());
            }
            assertEquals(List.of("1:file", "2:file", "3:file", "4:file", "5:camera", "6:camera", "7:camera", "8:file"), clocks);

            // every mark: event, turn (round.turn), who, when
            Map<Long, Turn> turns = new LinkedHashMap<>();
            for (long session : List.of(1L, 3L)) for (Turn t : library.turns().list(session)) turns.put(t.id(), t);
            Map<String, String> marks = new LinkedHashMap<>();
            for (long session : List.of(1L, 2L, 3L)) {
                for (var p : library.placements().list(session)) {
                    for (PlacementMark m : p.marks()) {
                        Turn t = m.turnId() == null ? null : turns.get(m.turnId());
                        String when = t != null && t.recordedAt().equals(m.happenedAt()) ? "turn's time" : String.valueOf(m.happenedAt());
                        marks.put(p.figureName() + "@still" + m.stillId(), String.format(Locale.ROOT, "%s in %s by %s at %s", m.event().code(),
                                t == null ? "no turn" : "s" + t.sessionId() + " " + t.round() + "." + t.orderInRound(), m.byStudent(), when));
                    }
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("老虎@still1", "placed in s1 1.1 by A at turn's time");
            expected.put("老虎@still2", "seen in s1 2.3 by null at turn's time");
            expected.put("老虎@still3", "removed in s1 3.3 by C at turn's time");
            expected.put("小桥@still1", "placed in s1 1.2 by B at turn's time");
            expected.put("小桥@still2", "moved in s1 2.1 by A at turn's time");
            expected.put("房子@still2", "placed in s1 2.2 by B at turn's time");
            expected.put("松树@still2", "placed in s1 2.3 by C at turn's time");
            expected.put("花@still4", "placed in no turn by D at 2026-10-20T07:00:00Z");
            expected.put("老虎@still8", "placed in s3 1.1 by A at turn's time");
            expected.put("小桥@still8", "placed in s3 1.2 by B at turn's time");
            assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(marks));

            Still late = library.stills().require(8);
            assertEquals(1, late.round());
            assertEquals("s3 1.2", "s" + turns.get(late.turnId()).sessionId() + " " + turns.get(late.turnId()).round() + "."
                    + turns.get(late.turnId()).orderInRound(), "a photo imported before the turns were typed follows the last figure it shows");

            Replay replay = Replay.of(SessionHistory.load(library, 1));
            List<String> trays = new ArrayList<>();
            for (ReplayStep step : replay.steps()) {
                trays.add(step.turn().round() + "." + step.turn().orderInRound() + " still " + (step.still() == null ? "-" : step.still().id())
                        + ": " + String.join(" ", step.tray().stream().map(f -> String.format(Locale.ROOT, "%s@%.2f,%.2f", f.figure(),
                        f.at().x(), f.at().y())).toList()));
            }
            assertEquals(List.of(
                    "1.1 still -: 老虎@0.10,0.10",
                    "1.2 still -: 老虎@0.10,0.10 小桥@0.50,0.50",
                    "1.3 still 1: 老虎@0.10,0.10 小桥@0.50,0.50",
                    "2.1 still -: 老虎@0.10,0.10 小桥@0.70,0.30",
                    "2.2 still -: 老虎@0.10,0.10 小桥@0.70,0.30 房子@0.20,0.80",
                    "2.3 still 2: 老虎@0.12,0.10 小桥@0.70,0.30 房子@0.20,0.80 松树@0.90,0.90",
                    "3.1 still -: 老虎@0.12,0.10 小桥@0.70,0.30 房子@0.20,0.80 松树@0.90,0.90",
                    "3.2 still -: 老虎@0.12,0.10 小桥@0.70,0.30 房子@0.20,0.80 松树@0.90,0.90",
                    "3.3 still 3: 小桥@0.70,0.30 房子@0.20,0.80 松树@0.90,0.90"), trays);
        }
        assertEquals(before, counts(folder), "no row was added, lost or renumbered");
        assertEquals(List.of("1", "3", "5", "6"), column(folder, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"));
        assertEquals(List.of("ok"), column(folder, "PRAGMA integrity_check"));
        assertEquals(List.of(), column(folder, "PRAGMA foreign_key_check"));
        assertEquals(List.of(TakenAtSource.CAMERA.code()), column(folder, "SELECT DISTINCT taken_at_source FROM stills WHERE source NOT LIKE 'file:%'"));
        assertEquals(List.of("2026-10-13T04:45:00.000Z"), column(folder, "SELECT taken_at FROM stills WHERE id = 1"), "times are not touched");
    }
}
