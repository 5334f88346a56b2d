package org.sandtray.review;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.cli.Cli;
import org.sandtray.domain.Figure;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Sessions recorded at random (places, moves tagged or not, passes, a removal in the final
 * adjustment), with a ledger the test keeps of what it did; the counts of {@code stats} are checked
 * against counts made from that ledger here, by the test's own arithmetic.
 */
class StatsTest {
    @TempDir
    Path tmp;

    Path folder;
    final List<String> members = List.of("A", "B", "C", "D");
    /** What the test did, session by session. */
    final Map<Long, Ledger> ledgers = new LinkedHashMap<>();

    static final class Figure1 {
        final String student, category, name;
        double x, y;
        boolean removed;

        Figure1(String student, String category, String name, double x, double y) {
            this.student = student;
            this.category = category;
            this.name = name;
            this.x = x;
            this.y = y;
        }
    }

    static final class Ledger {
        final boolean group;
        final LocalDate day;
        final List<Figure1> placed = new ArrayList<>();      // in the order placed
        final Map<String, Integer> moves = new TreeMap<>();  // by member ("" for a move nobody's turn names)
        final Map<String, Integer> passes = new TreeMap<>();
        int untaggedMoves;

        Ledger(boolean group, LocalDate day) {
            this.group = group;
            this.day = day;
        }
    }

    @BeforeEach
    void record() throws Exception {
        folder = tmp.resolve("lib");
        byte[] photo = Files.readAllBytes(Fixtures.STUFF_JPG);
        try (Library library = TestLibraries.create(folder, "test")) {
            for (String code : members) library.students().add(new Students.Draft(code, "学生" + code, null, null, null, org.sandtray.library.Fixtures.PHOTOS_ALLOWED));
            library.groups().create(new Groups.Draft("社团", null, null, null, 60, members, LocalDate.of(2026, 1, 1)));
            List<Figure> catalogue = library.figures().list();
            Random random = new Random(20261013);
            int photoNo = 0;
            int moveTurns = 0;
            Instant[] days = {Instant.parse("2026-10-13T04:40:00Z"), Instant.parse("2026-10-20T04:40:00Z"),
                    Instant.parse("2027-10-19T04:40:00Z")}; // the third lies outside the range asked for below
            for (Instant day : days) {
                long session = library.sessions().startGroup("社团", null, members, day).id();
                Ledger ledger = new Ledger(true, LocalDate.ofInstant(day, java.time.ZoneId.systemDefault()));
                ledgers.put(session, ledger);
                Map<Long, Figure1> standing = new LinkedHashMap<>();
                for (int k = 0; k < 24; k++) {
                    String who = members.get(k % members.size());
                    boolean last = k == 23;
                    int dice = random.nextInt(10);
                    TurnAction action = last ? TurnAction.ADJUST : dice < 6 ? TurnAction.PLACE
                            : dice < 8 && !standing.isEmpty() ? TurnAction.MOVE : TurnAction.PASS;
                    Turn turn = library.turns().add(session, who, action, null, null, day.plusSeconds(k * 40L));
                    long still = library.stills().add(SampleJpeg.variant(photo, photoNo++), new Stills.Meta(session,
                            day.plusSeconds(k * 40L + 20), null, null, null, "test")).id();
                    switch (action) {
                        case PLACE -> {
                            Figure f = catalogue.get(random.nextInt(catalogue.size()));
                            double x = random.nextDouble();
                            double y = random.nextDouble();
                            long id = library.placements().place(new Placements.Request(still, f.nameZh(), who, new TrayPoint(x, y),
                                    null, null, null, false, null, null)).id();
                            Figure1 fig = new Figure1(who, f.category().code(), f.nameZh(), x, y);
                            ledger.placed.add(fig);
                            standing.put(id, fig);
                        }
                        case MOVE -> {
                            ledger.moves.merge(who, 1, Integer::sum); // counted once, tagged or not
                            if (++moveTurns % 3 == 0) {
                                ledger.untaggedMoves++;             // the counselor did not tag this move on a still
                            } else {
                                List<Long> ids = new ArrayList<>(standing.keySet());
                                long id = ids.get(random.nextInt(ids.size()));
                                double x = random.nextDouble();
                                double y = random.nextDouble();
                                library.placements().move(id, still, new TrayPoint(x, y));
                                standing.get(id).x = x;
                                standing.get(id).y = y;
                            }
                        }
                        case PASS -> ledger.passes.merge(who, 1, Integer::sum);
                        case ADJUST -> {
                            long id = standing.keySet().iterator().next();
                            library.placements().remove(id, still);
                            standing.remove(id).removed = true;
                        }
                        default -> throw new AssertionError(action);
                    }
                }
                library.sessions().end(session, new Sessions.WrapUp(null, null, null, null), day.plusSeconds(3600));
            }
            // A's individual session: no turns; one figure moved, one taken out
            Instant day = Instant.parse("2026-11-03T07:00:00Z");
            long session = library.sessions().startIndividual("A", null, day).id();
            Ledger ledger = new Ledger(false, LocalDate.of(2026, 11, 3));
            ledgers.put(session, ledger);
            long s1 = library.stills().add(SampleJpeg.variant(photo, photoNo++), new Stills.Meta(session, day, null, null, null, "t")).id();
            long s2 = library.stills().add(SampleJpeg.variant(photo, photoNo++), new Stills.Meta(session, day.plusSeconds(60), null, null, null, "t")).id();
            String[][] figures = {{"栅栏", "fences"}, {"老虎", "animals"}, {"房子", "buildings"}};
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < figures.length; i++) {
                ids.add(library.placements().place(new Placements.Request(s1, figures[i][0], "A", new TrayPoint(0.15 + 0.3 * i, 0.5),
                        null, null, null, false, null, null)).id());
                ledger.placed.add(new Figure1("A", figures[i][1], figures[i][0], 0.15 + 0.3 * i, 0.5));
            }
            library.placements().move(ids.get(1), s2, new TrayPoint(0.5, 0.95));
            ledger.placed.get(1).y = 0.95;
            ledger.moves.merge("A", 1, Integer::sum);
            library.placements().remove(ids.get(2), s2);
            ledger.placed.get(2).removed = true;
        }
    }

    /** The ledger's counts for one member (null: the whole tray), made here without the program's code. */
    private static Map<String, Object> expected(Ledger l, String member) {
        Map<String, Integer> categories = new TreeMap<>();
        int[] zones = new int[9];
        int figures = 0;
        int fences = 0;
        String first = null;
        for (Figure1 f : l.placed) {
            if (member != null && !f.student.equals(member)) continue;
            figures++;
            if (first == null) first = f.name;
            categories.merge(f.category, 1, Integer::sum);
            if (f.category.equals("fences")) fences++;
            if (!f.removed) zones[Math.min(2, (int) Math.floor(f.y * 3)) * 3 + Math.min(2, (int) Math.floor(f.x * 3))]++;
        }
        int moves = member == null ? l.moves.values().stream().mapToInt(i -> i).sum() : l.moves.getOrDefault(member, 0);
        int passes = member == null ? l.passes.values().stream().mapToInt(i -> i).sum() : l.passes.getOrDefault(member, 0);
        int empty = 0;
        for (int z : zones) if (z == 0) empty++;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figures", figures);
        m.put("categories", categories);
        m.put("zones", List.of(zones[0], zones[1], zones[2], zones[3], zones[4], zones[5], zones[6], zones[7], zones[8]));
        m.put("emptyZones", empty);
        m.put("fences", fences);
        m.put("moves", moves);
        m.put("passes", passes);
        m.put("firstFigure", first);
        m.put("emptyWorld", figures < 50 && categories.size() < 5);
        return m;
    }

    private static Map<String, Object> actual(JsonNode c) {
        Map<String, Integer> categories = new TreeMap<>();
        c.get("categories").fields().forEachRemaining(e -> categories.put(e.getKey(), e.getValue().asInt()));
        List<Integer> zones = new ArrayList<>();
        for (String z : List.of("upper_left", "upper", "upper_right", "left", "centre", "right", "lower_left", "lower", "lower_right")) {
            zones.add(c.get("zones").get(z).asInt());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figures", c.get("figures").asInt());
        m.put("categories", categories);
        m.put("zones", zones);
        m.put("emptyZones", c.get("emptyZones").asInt());
        m.put("fences", c.get("fences").asInt());
        m.put("moves", c.get("moves").asInt());
        m.put("passes", c.get("passes").asInt());
        m.put("firstFigure", c.get("firstFigure").isNull() ? null : c.get("firstFigure").asText());
        m.put("emptyWorld", c.get("emptyWorld").asBoolean());
        return m;
    }

    @Test
    void everySessionsCountsMatchTheLedger() {
        assertTrue(ledgers.values().stream().mapToInt(l -> l.untaggedMoves).sum() > 0, "the script has untagged moves");
        assertTrue(ledgers.values().stream().mapToInt(l -> l.moves.values().stream().mapToInt(i -> i).sum() - l.untaggedMoves).sum() > 0,
                "the script has tagged moves");
        for (String member : members) {
            JsonNode json = Cli.ok(folder, "stats", "--student", member, "--format", "json").json();
            List<Long> expectedSessions = ledgers.entrySet().stream()
                    .filter(e -> e.getValue().group || member.equals("A"))
                    .sorted(java.util.Comparator.comparing(e -> e.getValue().day)).map(Map.Entry::getKey).toList();
            List<Long> sessions = new ArrayList<>();
            json.get("sessions").forEach(s -> sessions.add(s.get("session").asLong()));
            assertEquals(expectedSessions, sessions, member + ": every session they were in, oldest first");
            for (JsonNode s : json.get("sessions")) {
                Ledger l = ledgers.get(s.get("session").asLong());
                assertEquals(expected(l, member), actual(s.get("student")), member + " in session " + s.get("session"));
                if (l.group) assertEquals(expected(l, null), actual(s.get("whole")), "whole tray of session " + s.get("session"));
                else assertTrue(s.get("whole").isNull(), "an individual session has no separate whole tray");
            }
        }
    }

    @Test
    void totalsAddUpTheSessionsInTheRange() {
        JsonNode json = Cli.ok(folder, "stats", "--student", "B", "--from", "2026-09-01", "--to", "2027-08-31", "--format", "json").json();
        assertEquals(2, json.get("sessions").size(), "the session of October 2027 lies outside the school year asked for");
        int figures = 0;
        int moves = 0;
        int passes = 0;
        int wholeFigures = 0;
        Map<String, Integer> categories = new TreeMap<>();
        for (Map.Entry<Long, Ledger> e : ledgers.entrySet()) {
            Ledger l = e.getValue();
            if (!l.group || l.day.getYear() == 2027) continue;
            for (Figure1 f : l.placed) {
                wholeFigures++;
                if (!f.student.equals("B")) continue;
                figures++;
                categories.merge(f.category, 1, Integer::sum);
            }
            moves += l.moves.getOrDefault("B", 0);
            passes += l.passes.getOrDefault("B", 0);
        }
        JsonNode total = json.get("total");
        assertEquals(figures, total.get("student").get("figures").asInt());
        assertEquals(moves, total.get("student").get("moves").asInt());
        assertEquals(passes, total.get("student").get("passes").asInt());
        assertEquals(wholeFigures, total.get("whole").get("figures").asInt());
        Map<String, Integer> actual = new TreeMap<>();
        total.get("student").get("categories").fields().forEachRemaining(c -> actual.put(c.getKey(), c.getValue().asInt()));
        assertEquals(categories, actual);
        assertFalse(total.get("student").has("emptyWorld"), "the reference is per tray, not for a sum of trays");
    }

    @Test
    void theCsvHasARowPerPartOfEverySessionAndTotals() throws Exception {
        String csv = Cli.ok(folder, "stats", "--student", "A", "--format", "csv").out();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
        // three group sessions (A's part and the whole tray), one individual session, two total rows
        assertEquals(3 * 2 + 1 + 2, rows.size(), csv);
        CSVRecord individual = rows.stream().filter(r -> r.get("date").equals("2026-11-03")).findFirst().orElseThrow();
        assertEquals("3", individual.get("figures"));
        assertEquals("1", individual.get("fences"));
        assertEquals("1", individual.get("moves"), "a move in a session without turns is the pupil's own");
        assertEquals("yes", individual.get("empty_world"));
        assertEquals("栅栏", individual.get("first_figure"));
    }

    @Test
    void badDatesAreRefusedInTheUsersLanguage() {
        var r = Cli.run(folder, "--lang", "en", "stats", "--student", "A", "--from", "2026-13-01");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--from needs a date as YYYY-MM-DD"), r.err());
        var reversed = Cli.run(folder, "--lang", "zh", "stats", "--student", "A", "--from", "2027-01-01", "--to", "2026-01-01");
        assertEquals(1, reversed.code());
        assertTrue(reversed.err().contains("晚于结束"), reversed.err());
        assertEquals(1, Cli.run(folder, "--lang", "en", "stats", "--student", "Z9").code());
    }
}
