package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The figure catalogue on the command line: add, list, CSV in and CSV out. */
class FigureCatalogueTest {

    @TempDir
    Path tmp;

    @Test
    void addAFigureByItsChineseNameAndFindItByCategory() {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "init");
        long id = Cli.ok(lib, "figure", "add", "风筝", "--category", "其他").id();
        JsonNode other = Cli.ok(lib, "figure", "list", "--category", "other", "--format", "json").json();
        JsonNode kite = null;
        for (JsonNode f : other) if (f.get("id").asLong() == id) kite = f;
        assertNotNull(kite, other.toString());
        assertEquals("风筝", kite.get("nameZh").asText());
        assertTrue(kite.get("nameEn").isNull());
        for (JsonNode f : other) assertEquals("other", f.get("category").asText());

        Cli.Result dup = Cli.run(lib, "figure", "add", "Tiger", "--category", "animals");
        assertEquals(1, dup.code(), dup.toString());
        assertTrue(dup.err().contains("already in the catalogue"), dup.err());
        Cli.Result bad = Cli.run(lib, "figure", "add", "kite2", "--category", "toys");
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.err().contains("unknown category \"toys\""), bad.err());
    }

    @Test
    void exportWritesExcelReadyUtf8AndImportTakesAllRowsOrNone() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Path out = tmp.resolve("figures.csv");
        JsonNode exported = Cli.ok(lib, "figure", "export", out.toString()).json();
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a BOM for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(exported.get("exported").asInt(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("name_zh").equals("老虎") && r.get("name_en").equals("tiger")
                && r.get("category").equals("animals")), text);

        long before = Fixtures.count(lib, "figures");
        Path bad = Files.writeString(tmp.resolve("club.csv"), """
                name_zh,name_en,category,subtype
                风筝,kite,other,
                ,,animals,
                积木,blocks,toys,
                风筝,kite again,other,
                """);
        Cli.Result r = Cli.run(lib, "figure", "import", bad.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("line 3: a figure needs a Chinese or an English name"), r.err());
        assertTrue(r.err().contains("line 4: unknown category \"toys\""), r.err());
        assertTrue(r.err().contains("line 5: the name 风筝 is used twice (also on line 2)"), r.err());
        assertEquals(before, Fixtures.count(lib, "figures"), "nothing imported");

        Path good = Files.writeString(tmp.resolve("club2.csv"), "\uFEFFname_zh,name_en,category,subtype\n风筝,kite,other,\n积木,blocks,household,toy\n");
        assertEquals(2, Cli.ok(lib, "figure", "import", good.toString()).json().get("imported").asInt());
        assertEquals(before + 2, Fixtures.count(lib, "figures"));
    }
}
