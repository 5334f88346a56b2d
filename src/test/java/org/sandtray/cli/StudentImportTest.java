package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Importing a class roster: Chinese names, byte-order marks, bad rows, other encodings. */
class StudentImportTest {

    @TempDir
    Path tmp;

    private Path lib() {
        Path lib = tmp.resolve("library");
        if (!org.sandtray.library.Library.exists(lib)) Cli.ok(lib, "init");
        return lib;
    }

    private Path csv(String name, String text, boolean bom) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] data = body;
        if (bom) {
            data = new byte[body.length + 3];
            data[0] = (byte) 0xEF;
            data[1] = (byte) 0xBB;
            data[2] = (byte) 0xBF;
            System.arraycopy(body, 0, data, 3, body.length);
        }
        return Files.write(tmp.resolve(name), data);
    }

    private static final String GOOD = """
            code,name,grade,class,photo_consent
            S01,王小明,5,2,yes
            S02,李华,5,2,no
            S03,欧阳娜娜,6,1,是
            """;

    @Test
    void aRosterWithChineseNamesAndABomIsImportedWhole() throws IOException {
        Path file = csv("roster.csv", GOOD, true);
        Cli.Result r = Cli.run(lib(), "student", "import", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, r.json().get("imported").asInt());

        JsonNode list = Cli.ok(lib(), "student", "list", "--format", "json").json();
        assertEquals(3, list.size());
        assertEquals("S01", list.get(0).get("code").asText(), "the BOM must not stick to the first code");
        assertEquals("王小明", list.get(0).get("name").asText());
        assertEquals("欧阳娜娜", list.get(2).get("name").asText());
        assertTrue(list.get(0).get("photos_permitted").asBoolean());
        assertFalse(list.get(1).get("photos_permitted").asBoolean());
        assertTrue(list.get(2).get("photos_permitted").asBoolean(), "是 means yes");
        assertTrue(list.get(0).get("photo_consent").get("guardian_consent").asBoolean());
        assertFalse(list.get(1).get("photo_consent").get("guardian_consent").asBoolean());
        assertEquals("5", list.get(0).get("grade").asText());
    }

    @Test
    void aRosterWithoutBomIsImportedToo() throws IOException {
        Cli.Result r = Cli.run(lib(), "student", "import", csv("roster.csv", GOOD, false).toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, Fixtures.count(lib(), "students"));
    }

    @Test
    void listFormatsShowChineseNamesAndConsents() throws IOException {
        Cli.ok(lib(), "student", "import", csv("roster.csv", GOOD, true).toString());

        String table = Cli.ok(lib(), "student", "list", "--format", "table").out();
        assertTrue(table.contains("王小明") && table.contains("李华") && table.contains("欧阳娜娜"), table);
        assertTrue(table.contains("photo_consent"), table);

        String csv = Cli.ok(lib(), "student", "list", "--format", "csv").out();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size());
        assertEquals("王小明", rows.get(0).get("name"));
        assertEquals("yes", rows.get(0).get("photo_consent"));
        assertEquals("no", rows.get(1).get("photo_consent"));
        assertEquals("not recorded", rows.get(0).get("participation_consent"));
    }

    @Test
    void everyBadRowIsListedWithItsLineAndNothingIsImported() throws IOException {
        Cli.ok(lib(), "student", "import", csv("first.csv", "code,name,grade,class,photo_consent\nS99,张三,5,1,yes\n", false).toString());
        assertEquals(1, Fixtures.count(lib(), "students"));

        String bad = """
                code,name,grade,class,photo_consent
                S01,王小明,5,2,yes
                S02,,5,2,no
                S03,赵六,5,2,yes
                S03,钱七,5,2,yes
                S99,孙八,5,2,no
                S04,周九,5,2,maybe
                S05,吴十,5,2
                S06,郑一,5,2,yes
                """;
        Cli.Result r = Cli.run(lib(), "student", "import", csv("bad.csv", bad, true).toString());
        assertEquals(1, r.code(), r.toString());
        String err = r.err();
        assertTrue(err.contains("bad.csv") && err.contains("4 bad row(s); nothing was imported"), err);
        assertTrue(err.contains("line 3: the name is empty"), err);
        assertTrue(err.contains("line 5: the code S03 is used twice (also on line 4)"), err);
        assertFalse(err.contains("line 6:"), "a code already in the library is an update, not a bad row: " + err);
        assertTrue(err.contains("line 7: photo_consent must be yes or no, not \"maybe\""), err);
        assertTrue(err.contains("line 8: has 4 columns, the header has 5"), err);
        assertFalse(err.contains("line 2:") || err.contains("line 4:") || err.contains("line 9:"), "good rows are not listed: " + err);
        assertEquals("张三", Cli.ok(lib(), "student", "list", "--format", "json").json().get(0).get("name").asText(),
                "S99 was not updated by the refused file");
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertEquals(1, Fixtures.count(lib(), "students"), "nothing of the bad file may be stored");
        assertEquals(1, Fixtures.count(lib(), "consents"), "only the first student's photo consent is stored");
    }

    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() throws IOException {
        String text = "code,name,grade,class,photo_consent\n\nS01,\"王\n小明\",5,2,yes\nS02,,5,2,yes\n";
        Cli.Result r = Cli.run(lib(), "student", "import", csv("odd.csv", text, false).toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("line 5: the name is empty"), r.err());
        assertEquals(0, Fixtures.count(lib(), "students"));
    }

    @Test
    void rowsLeftBlankBySpreadsheetProgramsAreSkipped() throws IOException {
        // Excel and WPS save cleared rows as a line of commas, with Windows line ends
        String text = "code,name,grade,class,photo_consent\r\nS01,王小明,5,2,yes\r\n,,,,\r\nS02,李华,5,2,no\r\n , , , , \r\n,,,,\r\n";
        Cli.Result r = Cli.run(lib(), "student", "import", csv("excel.csv", text, true).toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, Fixtures.count(lib(), "students"));

        String bad = "code,name,grade,class,photo_consent\r\n,,,,\r\nS03,,5,2,no\r\n";
        Cli.Result refused = Cli.run(lib(), "student", "import", csv("bad-excel.csv", bad, true).toString());
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("line 3: the name is empty"), refused.err());
        assertFalse(refused.err().contains("line 2:"), refused.err());
    }

    @Test
    void aGbkFileFromExcelIsRead() throws IOException {
        Path file = Files.write(tmp.resolve("excel.csv"), GOOD.getBytes(Charset.forName("GBK")));
        Cli.Result r = Cli.run(lib(), "student", "import", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, r.json().get("added").asInt());
        JsonNode list = Cli.ok(lib(), "student", "list", "--format", "json").json();
        assertEquals("欧阳娜娜", list.get(2).get("name").asText());
    }

    @Test
    void aMissingColumnOrFileIsNamed() throws IOException {
        Cli.Result r = Cli.run(lib(), "student", "import", csv("short.csv", "code,name\nS01,王小明\n", false).toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("line 1: the header lacks the column(s) grade, class, photo_consent"), r.err());

        Cli.Result missing = Cli.run(lib(), "student", "import", tmp.resolve("nope.csv").toString());
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(0, Fixtures.count(lib(), "students"));
    }
}
