package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A roster as a Chinese school keeps it: saved by Excel or WPS as GBK, with Chinese headers, and
 * imported again each term with the same codes.
 */
class ChineseRosterTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path tmp;

    private Path lib() {
        Path lib = tmp.resolve("library");
        if (!org.sandtray.library.Library.exists(lib)) Cli.ok(lib, "init");
        return lib;
    }

    private static JsonNode student(JsonNode list, String code) {
        for (JsonNode s : list) if (s.get("code").asText().equals(code)) return s;
        throw new AssertionError("no student " + code + " in " + list);
    }

    @Test
    void aGbkSheetWithChineseHeadersIsReadAndReimportedAsUpdates() throws IOException {
        String term1 = """
                学号,姓名,年级,班级,照片同意,参与同意,本人同意,同意日期
                S01,王小明,五年级,3班,是,是,是,2026/9/1
                S02,李雨桐,五年级,3班,否,是,是,2026年9月2日
                S03,刘欣怡,六年级,2班,√,√,×,2026-09-03
                """;
        Path sheet = Files.write(tmp.resolve("名单.csv"), term1.replace("\n", "\r\n").getBytes(GBK));
        Cli.Result first = Cli.run(lib(), "--lang", "zh", "student", "import", sheet.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(3, first.json().get("added").asInt());
        assertTrue(first.err().contains("新增 3 人，更新 0 人，未变 0 人"), first.err());
        JsonNode list = Cli.ok(lib(), "student", "list", "--format", "json").json();
        assertEquals("李雨桐", student(list, "S02").get("name").asText());
        assertEquals("3班", student(list, "S02").get("class").asText());
        assertFalse(student(list, "S02").get("photos_permitted").asBoolean());
        assertFalse(student(list, "S03").get("photo_consent").get("child_assent").asBoolean(), "× is no");
        assertEquals("2026-09-02", student(list, "S02").get("photo_consent").get("recorded_on").asText());

        // next term: S02's guardian now consents to photos, S03 moved class, S04 is new, S01 as it was
        String term2 = """
                学号,姓名,年级,班级,照片同意,参与同意,本人同意,同意日期
                S01,王小明,五年级,3班,是,是,是,2026/9/1
                S02,李雨桐,五年级,3班,是,是,是,2027/2/20
                S03,刘欣怡,六年级,1班,√,√,×,2026-09-03
                S04,陈子涵,五年级,3班,是,是,是,2027/2/20
                """;
        Cli.Result second = Cli.run(lib(), "student", "import", Files.write(tmp.resolve("名单2.csv"), term2.getBytes(GBK)).toString());
        assertEquals(0, second.code(), second.toString());
        assertEquals(List.of(1, 2, 1), List.of(second.json().get("added").asInt(), second.json().get("updated").asInt(),
                second.json().get("unchanged").asInt()));
        assertTrue(second.err().contains("added 1, updated 2, unchanged 1"), second.err());
        list = Cli.ok(lib(), "student", "list", "--format", "json").json();
        assertEquals(4, list.size());
        assertTrue(student(list, "S02").get("photos_permitted").asBoolean());
        assertEquals("1班", student(list, "S03").get("class").asText());
        assertEquals(4 + 1, Fixtures.count(lib(), "students") + 1, "no student twice");

        // a bad row refuses the whole file, every bad row listed, and nothing is updated
        String bad = "学号,姓名,年级,班级,照片同意\nS01,王小明,五年级,4班,是\nS02,,五年级,3班,是\nS05,赵六,五年级,3班,也许\n";
        Cli.Result refused = Cli.run(lib(), "student", "import", Files.write(tmp.resolve("bad.csv"), bad.getBytes(GBK)).toString());
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("line 3: the name is empty") && refused.err().contains("line 4: photo_consent must be yes or no"),
                refused.err());
        assertEquals("3班", student(Cli.ok(lib(), "student", "list", "--format", "json").json(), "S01").get("class").asText());
    }

    @Test
    void aWithdrawalRecordedInTheLibraryIsNotUndoneByAnOldRoster() throws IOException {
        Path sheet = Files.write(tmp.resolve("r.csv"), "学号,姓名,年级,班级,照片同意\nS01,王小明,五年级,3班,是\n".getBytes(GBK));
        Cli.ok(lib(), "student", "import", sheet.toString());
        try (var library = org.sandtray.library.Library.open(lib(), "test")) {
            library.students().withdrawConsent("S01", org.sandtray.domain.ConsentKind.PHOTO, java.time.LocalDate.now());
        }
        Cli.Result again = Cli.ok(lib(), "student", "import", sheet.toString());
        assertEquals(1, again.json().get("unchanged").asInt(), again.toString());
        assertFalse(student(Cli.ok(lib(), "student", "list", "--format", "json").json(), "S01").get("photos_permitted").asBoolean());
    }

    @Test
    void aFileInNoKnownEncodingOrWithBrokenQuotesIsRefusedInWords() throws IOException {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 37 + 0x80);
        Path xlsx = Files.write(tmp.resolve("名单.xlsx.csv"), binary);
        Cli.Result r = Cli.run(lib(), "student", "import", xlsx.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("名单.xlsx.csv is neither UTF-8 nor GBK text"), r.err());

        Path quotes = Files.writeString(tmp.resolve("quotes.csv"), "code,name,grade,class,photo_consent\nS01,\"王小明\"x,5,2,yes\n");
        Cli.Result q = Cli.run(lib(), "student", "import", quotes.toString());
        assertEquals(1, q.code(), q.toString());
        assertTrue(q.err().contains("cannot be read near line 2"), q.err());
        Cli.Result empty = Cli.run(lib(), "student", "import", Files.writeString(tmp.resolve("empty.csv"), "").toString());
        assertTrue(empty.err().contains("the CSV file is empty"), empty.err());
        Cli.Result missing = Cli.run(lib(), "student", "import", tmp.resolve("nope.csv").toString());
        for (Cli.Result x : List.of(r, q, empty, missing)) {
            for (String javaWord : List.of("Exception", "CSVException", "NoSuchFile", "IOException", "java.", "unexpected")) {
                assertFalse(x.err().contains(javaWord), "no Java class names: " + x.err());
            }
        }
        assertEquals(0, Fixtures.count(lib(), "students"));
    }
}
