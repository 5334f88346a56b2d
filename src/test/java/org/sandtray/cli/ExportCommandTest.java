package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.export.CaseLibraries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code export} and {@code audit} as a counselor types them. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    Path club() throws Exception {
        Path lib = tmp.resolve("library");
        CaseLibraries.createClosed(lib);
        return lib;
    }

    @Test
    void exportsASessionListsItsFilesAndAudits() throws Exception {
        Path lib = club();
        Path out = tmp.resolve("研讨会");
        Cli.Result r = Cli.ok(lib, "--lang", "en", "export", "--session", "1", "--out", out.toString(), "--case-question", "为什么 S01 总在边上？");
        JsonNode json = r.json();
        assertTrue(json.get("deidentified").asBoolean());
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(f.asText()));
        assertTrue(files.contains("case-pack.pdf") && files.contains("stills/session1_still01_annotated.jpg"), files.toString());
        for (String f : files) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        assertTrue(r.err().contains("exported " + files.size() + " file(s), de-identified"), r.err());
        assertTrue(r.err().contains("writing the PDF case pack"), "progress on stderr: " + r.err());

        JsonNode audit = Cli.ok(lib, "audit", "--format", "json").json();
        JsonNode last = audit.get(audit.size() - 1);
        // the audit command opened the library itself: the export line is the one before
        JsonNode export = null;
        for (JsonNode e : audit) if (e.get("event").asText().equals("export")) export = e;
        assertNotNull(export, audit.toPrettyString());
        assertEquals(1, export.at("/detail/session").asInt());
        assertEquals(System.getProperty("user.name"), export.at("/detail/who").asText());
        assertTrue(export.at("/detail/deidentified").asBoolean());
        assertEquals(files.size(), export.at("/detail/files").asInt());
        assertEquals(out.toAbsolutePath().toString(), export.at("/detail/where").asText());
        assertEquals("open", last.get("event").asText());
        String table = Cli.ok(lib, "audit").out();
        assertTrue(table.contains("export") && table.contains("\"deidentified\":true"), table);
    }

    @Test
    void aNonEmptyFolderIsRefusedWithAClearMessage() throws Exception {
        Path lib = club();
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("mine.txt"), "x");
        Cli.Result r = Cli.run(lib, "--lang", "zh", "export", "--session", "1", "--out", out.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("不是空文件夹"), r.err());
        assertEquals(List.of(out.resolve("mine.txt")), Files.list(out).toList());
    }

    @Test
    void identifiableIsRefusedForAPupilWithoutPhotoConsentAndLogged() throws Exception {
        Path lib = club();
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run(lib, "--lang", "en", "export", "--session", "1", "--identifiable", "--out", out.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("needs photo consent") && r.err().contains("S03"), r.err());
        assertFalse(Files.exists(out));
        String audit = Cli.ok(lib, "audit", "--format", "json").out();
        assertTrue(audit.contains("export-refused"), audit);

        Cli.Result named = Cli.ok(lib, "--lang", "en", "export", "--student", "S01", "--identifiable", "--only", "pdf", "--out", out.toString());
        assertTrue(named.err().contains("WITH NAMES"), named.err());
        assertEquals(List.of("case-pack.pdf"), Files.list(out).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aStudentsRangeAndOnlyChooseWhatIsWritten() throws Exception {
        Path lib = club();
        Path out = tmp.resolve("later");
        JsonNode json = Cli.ok(lib, "export", "--student", "S01", "--from", "2026-03-05", "--only", "data,stills", "--out", out.toString()).json();
        assertEquals(1, json.get("sessions").asInt());
        assertFalse(Files.exists(out.resolve("case-pack.pdf")));
        assertTrue(Files.exists(out.resolve("data/turns.csv")));
        assertTrue(Files.exists(out.resolve("stills/session2_still01.jpg")));
        Cli.Result bad = Cli.run(lib, "export", "--student", "S01", "--only", "video", "--out", tmp.resolve("x").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unknown export part \"video\""), bad.err());
        Cli.Result none = Cli.run(lib, "export", "--student", "S01", "--from", "2027-01-01", "--out", tmp.resolve("y").toString());
        assertTrue(none.err().contains("took part in no session"), none.err());
        Cli.Result both = Cli.run(lib, "export", "--student", "S01", "--session", "1", "--out", tmp.resolve("z").toString());
        assertEquals(2, both.code(), "session and student together is a usage error");
    }
}
