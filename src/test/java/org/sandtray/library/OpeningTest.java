package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only init creates a library: a wrong path or a lost database is reported, never replaced by an empty library. */
class OpeningTest {
    @TempDir
    Path tmp;

    @Test
    void aMistypedPathIsReportedAndNoFolderAppears() {
        Path typo = tmp.resolve("SandtrayLibary");
        LibraryException e = assertThrows(LibraryException.class, () -> TestLibraries.open(typo, "test"));
        assertEquals("library.notFound", e.problem().key());
        assertFalse(Files.exists(typo), "nothing was created");

        Cli.Result r = Cli.run(typo, "student", "list");
        assertEquals(1, r.code(), r.toString());
        assertEquals("error: no library at " + typo + " (create one with init)", r.err().strip());
        assertFalse(Files.exists(typo));
    }

    @Test
    void anEmptiedDatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Path db = lib.resolve("library.db");
        Files.write(db, new byte[0]);
        Files.deleteIfExists(lib.resolve("library.db-wal"));
        Cli.Result r = Cli.run(lib, "session", "list");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("is empty: restore it from a backup"), r.err());
        assertEquals(0, Files.size(db), "the empty file was not turned into a new library");
        assertEquals(1, Cli.run(lib, "init").code(), "init does not write over it either");
        assertEquals(0, Files.size(db));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUntouched() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        byte[] junk = "this is a note someone saved over the database\n".repeat(100).getBytes();
        Files.write(lib.resolve("library.db"), junk);
        Files.deleteIfExists(lib.resolve("library.db-wal"));
        Cli.Result r = Cli.run(lib, "timeline", "--student", "S01");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("is not a library database"), r.err());
        assertArrayEquals(junk, Files.readAllBytes(lib.resolve("library.db")));
    }

    @Test
    void aDeletedDatabaseBesideItsStillsIsNamedAsSuch() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Files.createDirectories(lib.resolve("stills/ab"));
        Files.delete(lib.resolve("library.db"));
        Files.deleteIfExists(lib.resolve("library.db-wal"));
        Files.deleteIfExists(lib.resolve("library.db-shm"));
        LibraryException e = assertThrows(LibraryException.class, () -> TestLibraries.open(lib, "test"));
        assertEquals("library.databaseMissing", e.problem().key());
        assertEquals(1, Cli.run(lib, "init").code(), "init does not start a new database beside old stills");
        assertFalse(Files.exists(lib.resolve("library.db")));
    }

    @Test
    void initTwiceLeavesTheLibraryAsItIs() {
        Path lib = tmp.resolve("library");
        assertTrue(Cli.ok(lib, "init").json().get("created").asBoolean());
        Cli.Result again = Cli.ok(lib, "init");
        assertFalse(again.json().get("created").asBoolean());
        assertTrue(again.err().contains("a library is already at"), again.err());
    }

    @Test
    void theCommandLineSpeaksChineseWhenAsked() {
        Path typo = tmp.resolve("沙盘库");
        Cli.Result r = Cli.run(typo, "--lang", "zh", "student", "list");
        assertEquals(1, r.code());
        assertEquals("错误：" + typo + " 处没有资料库（请用 init 新建）", r.err().strip());
    }
}
