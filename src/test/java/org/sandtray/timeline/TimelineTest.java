package org.sandtray.timeline;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;
import org.sandtray.domain.Category;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TrayZone;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A small history entered through the command line (two group sessions, individual sessions),
 * then one student followed across it.
 */
class TimelineTest {

    @TempDir
    Path tmp;

    Path lib;
    long group1, group2, individualA, individualB;
    long tiger, bridgeB, guanyin, bridgeA, tigerAlone;

    private String[] args(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).toArray(String[]::new);
    }

    private long still(long session, String name, Instant taken) throws Exception {
        Path photo = Fixtures.copy(Fixtures.STUFF_JPG, tmp.resolve("photos"), name, taken);
        return Cli.ok(lib, args("still", "import", "--session", session, photo)).id();
    }

    private void turn(long session, String student, String action, String figure) {
        if (figure == null) Cli.ok(lib, args("turn", "add", "--session", session, "--student", student, "--action", action));
        else Cli.ok(lib, args("turn", "add", "--session", session, "--student", student, "--action", action, "--figure", figure));
    }

    private long place(long still, String figure, String student, String at) {
        return Cli.ok(lib, args("place", "--still", still, "--figure", figure, "--student", student, "--at", at)).id();
    }

    @BeforeEach
    void history() throws Exception {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"),
                "code,name,grade,class,photo_consent,consent_date\nA,安安,5,2,yes,2025-09-01\nB,贝贝,5,2,yes,2025-09-01\nC,晨晨,6,1,no,2025-09-01\nD,丁丁,6,1,yes,2025-09-01\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        Cli.ok(lib, "group", "create", "周二社团", "--students", "A,B,C");
        Cli.ok(lib, "group", "create", "周四社团", "--students", "A,D");
        Instant t0 = Instant.parse("2026-10-13T04:40:00Z");

        group1 = Cli.ok(lib, "session", "start", "--group", "周二社团", "--turn-order", "A,B,C", "--title", "第一次").id();
        long g1s1 = still(group1, "g1a.jpg", t0);
        turn(group1, "A", "place", "tiger");
        tiger = place(g1s1, "tiger", "A", "0.1,0.1");
        turn(group1, "B", "place", "bridge");
        bridgeB = place(g1s1, "bridge", "B", "0.5,0.5");
        turn(group1, "C", "pass", null);
        turn(group1, "A", "place", "Guanyin");
        long g1s2 = still(group1, "g1b.jpg", t0.plusSeconds(60));
        guanyin = place(g1s2, "Guanyin", "A", "0.9,0.9");
        Cli.ok(lib, args("move", "--placement", tiger, "--still", g1s2, "--at", "0.4,0.4"));
        Cli.ok(lib, args("session", "end", group1, "--title", "森林里的河"));

        group2 = Cli.ok(lib, "session", "start", "--group", "周四社团", "--turn-order", "D,A").id();
        long g2s1 = still(group2, "g2a.jpg", t0.plusSeconds(3600));
        turn(group2, "D", "sand", null);
        turn(group2, "A", "place", "小桥");
        bridgeA = place(g2s1, "bridge", "A", "0.5,0.1");

        individualA = Cli.ok(lib, "session", "start", "--student", "A").id();
        long iAs1 = still(individualA, "ia.jpg", t0.plusSeconds(7200));
        turn(individualA, "A", "place", "tiger");
        tigerAlone = place(iAs1, "tiger", "A", "0.2,0.8");

        individualB = Cli.ok(lib, "session", "start", "--student", "B").id();
        long iBs1 = still(individualB, "ib.jpg", t0.plusSeconds(7300));
        turn(individualB, "B", "place", "tiger");
        place(iBs1, "tiger", "B", "0.5,0.5");
    }

    @Test
    void theJsonTimelineListsExactlyTheStudentsSessionsTurnsAndPlacementsInOrder() {
        JsonNode sessions = Cli.ok(lib, "timeline", "--student", "A", "--format", "json").json();
        List<Long> ids = new ArrayList<>();
        sessions.forEach(s -> ids.add(s.get("sessionId").asLong()));
        assertEquals(List.of(group1, group2, individualA), ids, "A's sessions, oldest first, and no one else's");

        JsonNode first = sessions.get(0);
        assertEquals("周二社团", first.get("groupName").asText());
        assertEquals("森林里的河", first.get("title").asText());
        JsonNode entries = first.get("entries");
        assertEquals(2, entries.size(), entries.toString());
        assertEntry(entries.get(0), 1, 1, tiger, "老虎", Category.ANIMALS, new TrayPoint(0.1, 0.1), TrayZone.UPPER_LEFT);
        assertTrue(entries.get(0).get("moved").asBoolean());
        assertEquals(0.4, entries.get(0).get("finalPosition").get("x").asDouble(), 1e-9);
        assertEntry(entries.get(1), 2, 1, guanyin, "观音", Category.SPIRITUAL, new TrayPoint(0.9, 0.9), TrayZone.LOWER_RIGHT);
        assertFalse(entries.get(1).get("moved").asBoolean());

        JsonNode second = sessions.get(1).get("entries");
        assertEquals(1, second.size(), second.toString());
        assertEntry(second.get(0), 1, 2, bridgeA, "小桥", Category.BUILDINGS, new TrayPoint(0.5, 0.1), TrayZone.UPPER);

        JsonNode third = sessions.get(2);
        assertTrue(third.get("groupName").isNull(), "an individual session has no group");
        assertEquals("individual", third.get("kind").asText());
        assertEntry(third.get("entries").get(0), 1, 1, tigerAlone, "老虎", Category.ANIMALS, new TrayPoint(0.2, 0.8), TrayZone.LOWER_LEFT);
    }

    private static void assertEntry(JsonNode e, int round, int order, long placementId, String figure, Category category,
                                    TrayPoint at, TrayZone zone) {
        assertEquals(round, e.get("round").asInt(), e.toString());
        assertEquals(order, e.get("orderInRound").asInt(), e.toString());
        assertEquals(TurnAction.PLACE.code(), e.get("action").asText(), e.toString());
        assertEquals(placementId, e.get("placementId").asLong(), e.toString());
        assertEquals(figure, e.get("figure").asText(), e.toString());
        assertEquals(category.code(), e.get("category").asText(), e.toString());
        assertEquals(at.x(), e.get("position").get("x").asDouble(), 1e-9, e.toString());
        assertEquals(at.y(), e.get("position").get("y").asDouble(), 1e-9, e.toString());
        assertEquals(zone.code(), e.get("zone").asText(), e.toString());
    }

    @Test
    void aPassAndOtherStudentsFiguresStayWithTheirOwnTimeline() {
        JsonNode c = Cli.ok(lib, "timeline", "--student", "C", "--format", "json").json();
        assertEquals(1, c.size());
        JsonNode entries = c.get(0).get("entries");
        assertEquals(1, entries.size());
        assertEquals("pass", entries.get(0).get("action").asText());
        assertEquals(3, entries.get(0).get("orderInRound").asInt());
        assertTrue(entries.get(0).get("figure").isNull());

        JsonNode b = Cli.ok(lib, "timeline", "--student", "B", "--format", "json").json();
        assertEquals(2, b.size());
        assertEquals(bridgeB, b.get(0).get("entries").get(0).get("placementId").asLong());
        assertEquals(individualB, b.get(1).get("sessionId").asLong());

        JsonNode d = Cli.ok(lib, "timeline", "--student", "D", "--format", "json").json();
        assertEquals(1, d.size());
        assertEquals("sand", d.get(0).get("entries").get(0).get("action").asText());
    }

    @Test
    void theCsvTimelineParsesWithOneRowPerEntry() throws Exception {
        String csv = Cli.ok(lib, "timeline", "--student", "A", "--format", "csv").out();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(4, rows.size(), csv);
        CSVRecord r = rows.get(0);
        assertEquals(String.valueOf(group1), r.get("session"));
        assertEquals("周二社团", r.get("group"));
        assertEquals("森林里的河", r.get("title"));
        assertEquals("1", r.get("round"));
        assertEquals("place", r.get("action"));
        assertEquals("老虎", r.get("figure"));
        assertEquals("animals", r.get("category"));
        assertEquals("0.100 0.100", r.get("position"));
        assertEquals("upper_left", r.get("zone"));
        assertEquals("moved to 0.400 0.400", r.get("later"));
        assertEquals("(individual)", rows.get(3).get("group"));
        assertEquals("lower_left", rows.get(3).get("zone"));

        String table = Cli.ok(lib, "timeline", "--student", "A").out();
        assertTrue(table.contains("观音") && table.contains("周四社团"), table);
    }

    @Test
    void theTimelineReadInProcessMatchesWhatWasEntered() {
        try (Library library = TestLibraries.open(lib, "test")) {
            List<TimelineSession> sessions = new StudentTimeline(library).of("A");
            assertEquals(List.of(group1, group2, individualA), sessions.stream().map(TimelineSession::sessionId).toList());
            TimelineEntry moved = sessions.get(0).entries().get(0);
            assertEquals(new TrayPoint(0.4, 0.4), moved.finalPosition());
            assertEquals(TrayZone.UPPER_LEFT, moved.zone());
        }
    }

    @Test
    void anUnknownStudentIsNamed() {
        Cli.Result r = Cli.run(lib, "timeline", "--student", "ZZ");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("no student with code ZZ"), r.err());
    }

    @Test
    void eachPlacementNamesTheStillsWhereItIsSeenAndDatesNarrowTheSessions() {
        JsonNode show = Cli.ok(lib, "session", "show", String.valueOf(group1), "--format", "json").json();
        long g1s1 = show.get("stills").get(0).get("id").asLong();
        long g1s2 = show.get("stills").get(1).get("id").asLong();
        JsonNode entries = Cli.ok(lib, "timeline", "--student", "A", "--format", "json").json().get(0).get("entries");
        assertEquals(List.of(g1s1, g1s2), ids(entries.get(0).get("still")), "the tiger: placed on the first still, moved on the second");
        assertEquals(List.of(g1s2), ids(entries.get(1).get("still")));
        String csv = Cli.ok(lib, "timeline", "--student", "A", "--format", "csv").out();
        assertTrue(csv.lines().anyMatch(l -> l.endsWith("," + g1s1 + " " + g1s2)), csv);

        java.time.LocalDate today = java.time.LocalDate.now();
        assertEquals(3, Cli.ok(lib, "timeline", "--student", "A", "--from", today.toString(), "--to", today.toString(),
                "--format", "json").json().size());
        assertEquals(0, Cli.ok(lib, "timeline", "--student", "A", "--from", today.plusDays(1).toString(), "--format", "json").json().size());
        assertEquals(0, Cli.ok(lib, "timeline", "--student", "A", "--to", today.minusDays(1).toString(), "--format", "json").json().size());
        assertEquals(1, Cli.run(lib, "timeline", "--student", "A", "--from", "yesterday").code());
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }
}
