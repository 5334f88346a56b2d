package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code check} against still files deleted, altered, truncated and dropped in behind the program's back. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    Path lib;
    Path jpgFile;
    Path pngFile;

    @BeforeEach
    void setUp() throws IOException {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        long session = Cli.ok(lib, "session", "start", "--student", "S01").id();
        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString(),
                Fixtures.SMARTIES_PNG.toString());
        String j = Fixtures.sha256(Fixtures.STUFF_JPG);
        String p = Fixtures.sha256(Fixtures.SMARTIES_PNG);
        jpgFile = lib.resolve("stills").resolve(j.substring(0, 2)).resolve(j + ".jpg");
        pngFile = lib.resolve("stills").resolve(p.substring(0, 2)).resolve(p + ".png");
        assertTrue(Files.isRegularFile(jpgFile) && Files.isRegularFile(pngFile));
    }

    private static List<String> kinds(Cli.Result r) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode p : r.json().get("problems")) kinds.add(p.get("kind").asText());
        return kinds;
    }

    private static void flipAByte(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        data[data.length / 2] ^= 0x01;
        Files.write(file, data);
    }

    @Test
    void aSoundLibraryPasses() {
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = r.json();
        assertTrue(json.get("ok").asBoolean());
        assertEquals(2, json.get("stills_checked").asInt());
        assertTrue(json.get("rehashed").asBoolean(), "rehashing is the default");
        assertTrue(r.err().contains("library is sound"), r.err());
        assertEquals(0, Cli.run(lib, "check", "--quick").code());
    }

    @Test
    void aDeletedStillFileIsMissing() throws IOException {
        Files.delete(jpgFile);
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("missing still file"), kinds(r));
        assertTrue(r.err().contains("problem: still 1: the file " + jpgFile.getFileName() + " is missing"), r.err());
        assertEquals(1, Cli.run(lib, "check", "--quick").code(), "a missing file is found without rehashing too");
    }

    @Test
    void aByteFlippedInPlaceIsAlteredWhenRehashing() throws IOException {
        long size = Files.size(pngFile);
        flipAByte(pngFile);
        assertEquals(size, Files.size(pngFile));
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("altered still file"), kinds(r));
        assertTrue(r.err().contains(pngFile.getFileName().toString()), r.err());
    }

    @Test
    void aTruncatedFileIsAlteredEvenWithQuick() throws IOException {
        byte[] data = Files.readAllBytes(jpgFile);
        Files.write(jpgFile, java.util.Arrays.copyOf(data, data.length - 100));
        Cli.Result r = Cli.run(lib, "check", "--quick");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("altered still file"), kinds(r));
        assertFalse(r.json().get("rehashed").asBoolean());
    }

    @Test
    void aFileDroppedIntoTheStillFolderIsAnOrphan() throws IOException {
        Files.createDirectories(lib.resolve("stills").resolve("ab"));
        Files.copy(Fixtures.STUFF_JPG, lib.resolve("stills").resolve("ab").resolve("holiday.jpg"));
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("orphan still file"), kinds(r));
        assertTrue(r.err().contains("holiday.jpg"), r.err());
    }

    @Test
    void aFileDroppedStraightIntoTheStillFolderIsAnOrphanToo() throws IOException {
        Files.copy(Fixtures.SMARTIES_PNG, lib.resolve("stills").resolve("from-phone.png"));
        Cli.Result r = Cli.run(lib, "check", "--quick");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("orphan still file"), kinds(r));
        assertTrue(r.err().contains("from-phone.png"), r.err());
    }

    @Test
    void repairMovesOrphansToQuarantineWithoutDeletingThem() throws IOException {
        Files.createDirectories(lib.resolve("stills").resolve("ab"));
        Path orphan = lib.resolve("stills").resolve("ab").resolve("holiday.jpg");
        Files.copy(Fixtures.STUFF_JPG, orphan);
        Cli.Result before = Cli.run(lib, "check");
        assertEquals(1, before.code());
        assertTrue(before.err().contains("check --repair"), "check says what to do: " + before.err());
        Cli.Result repaired = Cli.run(lib, "check", "--repair");
        assertEquals(0, repaired.code(), repaired.toString());
        assertFalse(Files.exists(orphan));
        assertArrayEquals(Files.readAllBytes(Fixtures.STUFF_JPG), Files.readAllBytes(lib.resolve("quarantine").resolve("holiday.jpg")));
        assertTrue(Files.exists(jpgFile) && Files.exists(pngFile), "files the stills name stay");
        assertEquals(0, Cli.run(lib, "check").code());
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        Files.delete(jpgFile);
        flipAByte(pngFile);
        Files.createDirectories(lib.resolve("stills").resolve("00"));
        Files.writeString(lib.resolve("stills").resolve("00").resolve("0000.jpg"), "stray");
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(1, r.code(), r.toString());
        List<String> kinds = kinds(r);
        assertTrue(kinds.containsAll(List.of("missing still file", "altered still file", "orphan still file")), kinds.toString());
        assertEquals(3, kinds.size(), kinds.toString());
        assertEquals(3, r.err().lines().filter(l -> l.startsWith("problem: ")).count(), r.err());
        assertFalse(r.json().get("ok").asBoolean());
    }

    @Test
    void aBrokenReferenceInTheDatabaseIsReported() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db"));
             var s = c.createStatement()) {
            // a plain connection has foreign keys off: this is damage done behind the program's back
            s.executeUpdate("UPDATE stills SET session_id = 777 WHERE id = (SELECT MIN(id) FROM stills)");
        }
        Cli.Result r = Cli.run(lib, "check");
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("broken reference"), kinds(r));
        assertTrue(r.err().contains("stills"), r.err());
    }
}
