package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Two copies of the program on one library: real second JVMs, not threads. */
class LibraryLockTest {

    @TempDir
    Path tmp;

    private static final long ME = ProcessHandle.current().pid();

    private record Run(int code, String out, String err) {}

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return TestLibraries.environment(new ProcessBuilder(cmd));
    }

    /** Runs the real program (its Launcher, as java -jar would) in a second JVM. */
    private static Run launcher(String... args) throws Exception {
        Process p = java("org.sandtray.Launcher", args).start();
        p.getOutputStream().close(); // no input
        var out = p.getInputStream();
        var err = p.getErrorStream();
        // read both streams fully, stderr on its own thread so neither pipe can fill up
        String[] errText = new String[1];
        Thread errReader = new Thread(() -> {
            try {
                errText[0] = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                errText[0] = e.toString();
            }
        });
        errReader.start();
        String outText = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        errReader.join();
        return new Run(code, outText, errText[0]);
    }

    private Path roster() throws IOException {
        return Files.writeString(tmp.resolve("roster.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\nS02,李华,5,2,no\n");
    }

    private static String digestOf(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("library.db", "library.db-wal")) {
            Path f = folder.resolve(name);
            sb.append(name).append('=').append(Files.exists(f) ? Fixtures.sha256(f) : "none").append(' ');
        }
        return sb.toString();
    }

    @Test
    void aSecondProcessIsRefusedWithThePidOfTheHolderAndChangesNothing() throws Exception {
        Path lib = tmp.resolve("library");
        Path roster = roster();
        try (Library held = TestLibraries.create(lib, "test")) {
            String before = digestOf(lib);
            Run r = launcher("--library", lib.toString(), "student", "import", roster.toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("this library is open in another window (pid " + ME + ")"), r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
            assertEquals(before, digestOf(lib), "the database files were not touched");
            assertEquals(0, Fixtures.count(held, "students"));
            assertEquals(1, Fixtures.count(held, "audit_log"), "only this process's opening is logged");
        }
        Run after = launcher("--library", lib.toString(), "student", "import", roster.toString());
        assertEquals(0, after.code(), "after close a second process may open it: " + after);
        assertEquals(2, Fixtures.count(lib, "students"));
    }

    @Test
    void whileASecondProcessHoldsTheLibraryThisOneIsRefusedUntilItCloses() throws Exception {
        Path lib = tmp.resolve("library");
        TestLibraries.create(lib, "test").close();
        Process holder = java(HoldLibrary.class.getName(), lib.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertNotNull(first, "the holder process ended early");
            while (first != null && !first.startsWith("open ")) first = lines.readLine();
            assertEquals("open " + holder.pid(), first);

            LibraryLockedException e = assertThrows(LibraryLockedException.class, () -> TestLibraries.open(lib, "test"));
            assertEquals(holder.pid(), e.ownerPid());
            assertEquals("this library is open in another window (pid " + holder.pid() + ")", e.getMessage());

            Cli.Result r = Cli.run(lib, "student", "import", roster().toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("this library is open in another window (pid " + holder.pid() + ")"), r.err());

            holder.getOutputStream().close();
            assertEquals("closed", lines.readLine());
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder did not exit");
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroy();
        }
        Cli.Result r = Cli.run(lib, "student", "import", roster().toString());
        assertEquals(0, r.code(), "once the other window closed, the library opens: " + r);
    }

    @Test
    void theHoldersPidStaysReadableUnderALockThatCoversOnlyItsOwnByte() throws Exception {
        // On Windows a locked range cannot be read by another process. A reader that honours locks
        // (a shared lock on the pid's bytes) stands in for that here: it must get the bytes.
        Path lib = tmp.resolve("library");
        TestLibraries.create(lib, "test").close();
        Process holder = java(HoldLibrary.class.getName(), lib.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            while (first != null && !first.startsWith("open ")) first = lines.readLine();
            assertEquals("open " + holder.pid(), first);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lib.resolve(LibraryLock.FILE_NAME),
                    java.nio.file.StandardOpenOption.READ)) {
                java.nio.channels.FileLock pidBytes = channel.tryLock(0, 64, true);
                assertNotNull(pidBytes, "the holder's lock covers the pid");
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64);
                int n = channel.read(buffer, 0);
                assertEquals(Long.toString(holder.pid()), new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip());
                pidBytes.release();
            }
            LibraryLockedException e = assertThrows(LibraryLockedException.class, () -> TestLibraries.open(lib, "test"));
            assertEquals(holder.pid(), e.ownerPid());
            holder.getOutputStream().close();
            assertEquals("closed", lines.readLine());
        } finally {
            holder.destroy();
        }
    }

    @Test
    void aRefusedOpenInTheSameProcessDoesNotReleaseTheLock() throws Exception {
        Path lib = tmp.resolve("library");
        try (Library held = TestLibraries.create(lib, "test")) {
            LibraryLockedException e = assertThrows(LibraryLockedException.class, () -> TestLibraries.open(lib, "again"));
            assertEquals(ME, e.ownerPid());
            // the refused attempt opened and closed its own handle on the lock file; on Linux closing any
            // handle drops the process's locks on that file unless the program guards against it
            Run r = launcher("--library", lib.toString(), "student", "import", roster().toString());
            assertEquals(1, r.code(), "another process got in while this one holds the library: " + r);
            assertTrue(r.err().contains("pid " + ME), r.err());
            assertEquals(0, Fixtures.count(held, "students"));
        }
    }

    @Test
    void closingALibraryTwiceDoesNotFreeTheFolderFromItsNextHolder() throws Exception {
        Path lib = tmp.resolve("library");
        Library first = TestLibraries.create(lib, "test");
        first.close();
        try (Library second = TestLibraries.open(lib, "test")) {
            first.close(); // a second close of the old handle, e.g. from a window's close handler
            assertThrows(LibraryLockedException.class, () -> TestLibraries.open(lib, "third"));
            Run r = launcher("--library", lib.toString(), "student", "import", roster().toString());
            assertEquals(1, r.code(), "another process got in while this one holds the library: " + r);
            assertEquals(0, Fixtures.count(second, "students"));
        }
    }
}
