package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A term's roster kept by hand on the command line (real library): pupils added and edited,
 * consent recorded and withdrawn, a group renamed with members joining and leaving on a date
 * (history kept), a session started with absent members, and figures found by pinyin.
 */
class RosterByHandTest {
    @TempDir
    Path tmp;

    Path lib;

    @BeforeEach
    void setUp() {
        lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "add", "S01", "--name", "王小明", "--grade", "5", "--class", "2");
        Cli.ok(lib, "student", "add", "S02", "--name", "李雨桐", "--grade", "5", "--class", "3");
        Cli.ok(lib, "student", "add", "S03", "--name", "刘欣怡", "--grade", "6", "--class", "1");
        Cli.ok(lib, "student", "add", "S04", "--name", "陈思远", "--grade", "6", "--class", "1");
    }

    private JsonNode student(String code) {
        for (JsonNode s : Cli.ok(lib, "student", "list", "--format", "json").json()) {
            if (s.get("code").asText().equals(code)) return s;
        }
        throw new AssertionError("no student " + code);
    }

    @Test
    void pupilsAreAddedEditedAndTheirConsentKept() {
        Cli.Result twice = Cli.run(lib, "--lang", "en", "student", "add", "S01", "--name", "别人");
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("code S01 is already"), twice.err());
        Cli.Result badCode = Cli.run(lib, "--lang", "en", "student", "add", "S 05", "--name", "空格");
        assertEquals(1, badCode.code());
        assertTrue(badCode.err().contains("only letters, digits"), badCode.err());

        Cli.ok(lib, "student", "edit", "S02", "--name", "李雨彤", "--class", "4");
        JsonNode s2 = student("S02");
        assertEquals("李雨彤", s2.get("name").asText());
        assertEquals("4", s2.get("class").asText());
        assertEquals("5", s2.get("grade").asText(), "what is not given stays as it is");
        Cli.Result taken = Cli.run(lib, "--lang", "en", "student", "edit", "S02", "--code", "S01");
        assertEquals(1, taken.code(), "a code stays unique");

        Cli.ok(lib, "student", "consent", "S03", "--kind", "photo", "--guardian", "yes", "--child", "yes", "--on", "2026-09-01");
        assertTrue(student("S03").get("photos_permitted").asBoolean());
        assertEquals("2026-09-01", student("S03").get("photo_consent").get("recorded_on").asText());
        Cli.ok(lib, "student", "consent", "S03", "--kind", "photo", "--withdraw", "--on", "2026-11-02");
        JsonNode withdrawn = student("S03").get("photo_consent");
        assertFalse(student("S03").get("photos_permitted").asBoolean());
        assertEquals("2026-11-02", withdrawn.get("withdrawn_on").asText());
        assertTrue(withdrawn.get("guardian_consent").asBoolean(), "what was given stays on record with the withdrawal");
        Cli.ok(lib, "student", "consent", "S04", "--kind", "participation", "--guardian", "yes", "--child", "no");
        assertFalse(student("S04").get("participation_consent").get("permits").asBoolean(), "the child's own no counts");
        Cli.Result nothing = Cli.run(lib, "--lang", "en", "student", "consent", "S01", "--kind", "photo", "--withdraw");
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("no consent in force"), nothing.err());
    }

    @Test
    void aGroupIsEditedWithItsHistoryAndAbsentMembersAreLeftOut() {
        Cli.ok(lib, "group", "create", "周二沙盘", "--students", "S01,S02,S03", "--weekday", "TUESDAY", "--time", "12:40");
        LocalDate today = LocalDate.now();
        Cli.ok(lib, "group", "edit", "周二沙盘", "--rename", "沙盘世界", "--add", "S04", "--remove", "S02",
                "--weekday", "WEDNESDAY", "--time", "13:00", "--on", today.toString());
        JsonNode group = Cli.ok(lib, "group", "list", "--format", "json").json().get(0);
        assertEquals("沙盘世界", group.get("name").asText());
        assertEquals("wednesday", group.get("weekday").asText());
        assertEquals("13:00:00", group.get("startTime").asText());
        List<String> history = new ArrayList<>();
        for (JsonNode m : group.get("members")) {
            history.add(m.get("studentCode").asText() + (m.get("leftOn").isNull() ? "" : " left " + m.get("leftOn").asText()));
        }
        assertEquals(List.of("S01", "S02 left " + today, "S03", "S04"), history, "who left stays in the history");
        Cli.Result notThere = Cli.run(lib, "--lang", "en", "group", "edit", "沙盘世界", "--remove", "S02");
        assertEquals(1, notThere.code());
        assertTrue(notThere.err().contains("student S02 is not in group"), notThere.err());

        Cli.Result started = Cli.ok(lib, "--lang", "en", "session", "start", "--group", "沙盘世界", "--absent", "S03");
        assertTrue(started.err().contains("absent today (left out of the turn order): S03"), started.err());
        long id = started.id();
        JsonNode shown = Cli.ok(lib, "session", "show", String.valueOf(id), "--format", "json").json();
        List<String> order = new ArrayList<>();
        shown.get("session").get("turnOrder").forEach(n -> order.add(n.asText()));
        assertEquals(List.of("S01", "S04"), order.stream().sorted().toList(), "the absent member is not in the turn order");
        assertEquals("S03", shown.get("absent").get(0).asText());
        assertFalse(shown.get("participants").toString().contains("S03"));
        assertTrue(Cli.ok(lib, "session", "show", String.valueOf(id)).out().contains("absent: S03"), "the record says so");

        Cli.Result inOrder = Cli.run(lib, "--lang", "en", "session", "start", "--group", "沙盘世界", "--absent", "S03",
                "--turn-order", "S03,S01,S04");
        assertEquals(1, inOrder.code());
        assertTrue(inOrder.err().contains("S03 is absent"), inOrder.err());
        Cli.Result left = Cli.run(lib, "--lang", "en", "session", "start", "--group", "沙盘世界", "--absent", "S02");
        assertEquals(1, left.code(), "a member who left is not absent: they are not in the group");
    }

    @Test
    void figuresAreFoundByPinyinAndItsInitials() {
        assertEquals("老虎", first("lh"));
        assertEquals("老虎", first("laohu"));
        assertEquals("老虎", first("老虎"));
        assertEquals("老虎", first("TIGER"));
        assertEquals("长颈鹿", first("changjinglu"), "a word reads as it is said (chang, not zhang)");
        assertTrue(names("cj").contains("长颈鹿"), "the first initials find it as it is typed: " + names("cj"));
        assertTrue(names("changj").contains("长颈鹿"), "so does the start of its pinyin");
        assertFalse(names("zjl").contains("长颈鹿"), "not by a reading the word does not have");
        Cli.Result none = Cli.run(lib, "--lang", "en", "figure", "list", "--search", "qqqq", "--format", "json");
        assertEquals(0, none.code());
        assertEquals(0, none.json().size());
        assertTrue(none.err().contains("no figure matches qqqq"), none.err());
    }

    private List<String> names(String search) {
        List<String> out = new ArrayList<>();
        Cli.ok(lib, "figure", "list", "--search", search, "--format", "json").json().forEach(f -> out.add(f.get("nameZh").asText()));
        return out;
    }

    private String first(String search) {
        JsonNode found = Cli.ok(lib, "figure", "list", "--search", search, "--format", "json").json();
        assertTrue(found.size() > 0, "nothing found for " + search);
        return found.get(0).get("nameZh").asText();
    }
}
