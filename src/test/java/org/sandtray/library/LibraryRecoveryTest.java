package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** What the counselor finds after a crash, an interrupted write or a folder that is not a library. */
class LibraryRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void aLibraryHeldByAProgramThatWasKilledOpensAgain() throws Exception {
        Path lib = tmp.resolve("library");
        TestLibraries.create(lib, "test").close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLibrary.class.getName(), lib.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            while (line != null && !line.startsWith("open ")) line = lines.readLine();
            assertEquals("open " + holder.pid(), line);
            assertThrows(LibraryLockedException.class, () -> TestLibraries.open(lib, "test"));
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        // the lock file still names the dead process, but the OS lock went with it
        assertEquals(String.valueOf(holder.pid()), Files.readString(lib.resolve("library.lock")).strip());
        try (Library library = TestLibraries.open(lib, "test")) {
            assertTrue(library.check().run(true).ok());
        }
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(lib.resolve("library.lock")).strip());
    }

    @Test
    void aTempFileLeftByAnInterruptedWriteIsRemovedOnOpen() throws Exception {
        Path lib = tmp.resolve("library");
        TestLibraries.create(lib, "test").close();
        Files.createDirectories(lib.resolve("stills"));
        Path temp = Files.write(lib.resolve("stills").resolve(".tmp-1234"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        try (Library library = TestLibraries.open(lib, "test")) {
            assertFalse(Files.exists(temp), "the unfinished write is cleaned up");
            assertTrue(library.check().run(true).ok());
        }
    }

    @Test
    void aFolderWhoseDatabaseIsNotALibraryIsRefusedAndLeftAlone() throws Exception {
        Path lib = tmp.resolve("library");
        Files.createDirectories(lib);
        byte[] garbage = "this is a spreadsheet, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(lib.resolve("library.db"), garbage);
        Cli.Result r = Cli.run(lib, "student", "list");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("library"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertArrayEquals(garbage, Files.readAllBytes(lib.resolve("library.db")), "the file was not overwritten");
        // the failed open gave the lock back
        Cli.Result again = Cli.run(lib, "student", "list");
        assertFalse(again.err().contains("open in another window"), again.err());
    }

    @Test
    void theCommandLineSaysSoOnBadUsageWithExit2() {
        Path lib = tmp.resolve("library");
        Cli.Result r = Cli.run(lib, "session", "start");
        assertEquals(2, r.code(), r.toString());
        Cli.Result unknown = Cli.run(lib, "frobnicate");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(r.err().contains("Usage") || r.err().contains("Missing"), r.err());
        assertFalse(Library.exists(lib), "bad usage does not create a library");
    }
}
