package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Another program (the sqlite3 tool) holds a write transaction on the library: the program says so. */
class BusyLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteTransactionHeldByTheSqliteToolIsNamedAsAnotherProgram() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        long session;
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n").toString());
        session = Cli.ok(lib, "session", "start", "--student", "S01").id();
        Process sqlite;
        try {
            sqlite = new ProcessBuilder("sqlite3", lib.resolve("library.db").toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "the sqlite3 tool is not installed");
            return;
        }
        try {
            OutputStream in = sqlite.getOutputStream();
            in.write("BEGIN IMMEDIATE;\nINSERT INTO audit_log(at, event) VALUES ('2026-01-01T00:00:00Z', 'held');\nSELECT 'holding';\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            byte[] buffer = new byte[64];
            int n = sqlite.getInputStream().read(buffer);
            assertTrue(n > 0 && new String(buffer, 0, n, StandardCharsets.UTF_8).contains("holding"), "sqlite3 holds the write lock");

            Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("another program is using the library"), r.err());
            assertFalse(r.err().contains("SQLITE") || r.err().contains("Exception"), r.err());
            assertEquals(0, Fixtures.stillFiles(lib).size(), "nothing was written");
        } finally {
            sqlite.getOutputStream().write("ROLLBACK;\n.quit\n".getBytes(StandardCharsets.UTF_8));
            sqlite.getOutputStream().close();
            sqlite.waitFor(10, TimeUnit.SECONDS);
            sqlite.destroyForcibly();
        }
        assertEquals(0, Cli.run(lib, "check").code(), "once the other program lets go, the library is sound");
    }
}
