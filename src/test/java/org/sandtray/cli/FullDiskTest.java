package org.sandtray.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: a 2 MB tmpfs mounted for the test (root on Linux; skipped where mounting is
 * not permitted). The library is filled with a still, the disk with a filler file, then each
 * writing command must say the disk is full and how much is free, and leave nothing half-written.
 */
class FullDiskTest {
    @TempDir
    Path tmp;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "mounting a tmpfs is not permitted here (needs root on Linux): the full-disk test is skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) run("umount", disk.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command
        }
    }

    /** Writes zeros until the disk refuses, then frees {@code leave} bytes. */
    private Path fill(long leave) throws IOException {
        Path filler = disk.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) out.write(block);
        } catch (IOException full) {
            // full
        }
        try (var ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - leave));
        }
        return filler;
    }

    private static void saysTheDiskIsFull(Cli.Result r) {
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("the disk is full (") && r.err().matches("(?s).*\\d+ KB free at .*"), r.err());
        for (String leak : List.of("Exception", "SQLITE_", "no transaction", "SHMSIZE", "\tat ")) {
            assertFalse(r.err().contains(leak), "no machine words: " + r.err());
        }
    }

    @Test
    void everyWritingCommandSaysTheDiskIsFullAndNothingStoredIsLost() throws Exception {
        Path lib = disk.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n").toString());
        long session = Cli.ok(lib, "session", "start", "--student", "S01").id();
        long earlier = Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString()).id();

        Path filler = fill(40 * 1024);
        Path photo = Fixtures.copy(Path.of("fixtures/real/messi5.jpg"), tmp, "messi5.jpg", java.time.Instant.now());
        Cli.Result still = Cli.run(lib, "still", "import", "--session", String.valueOf(session), photo.toString());
        saysTheDiskIsFull(still);
        assertTrue(still.err().contains("messi5.jpg"), still.err());
        saysTheDiskIsFull(Cli.run(lib, "capture", "--session", String.valueOf(session), "--source", "demo", "--count", "1"));
        saysTheDiskIsFull(Cli.run(lib, "student", "import",
                Files.writeString(tmp.resolve("r2.csv"), "code,name,grade,class,photo_consent\nS02,李华,5,2,yes\n").toString()));
        Path second = disk.resolve("second");
        saysTheDiskIsFull(Cli.run(second, "init"));
        assertFalse(Files.exists(second.resolve("library.db")), "no half-made library is left");

        Files.delete(filler);
        Cli.Result check = Cli.run(lib, "check");
        assertEquals(0, check.code(), check.toString());
        try (Library library = Library.open(lib, "test")) {
            assertEquals(List.of("S01"), library.students().list().stream().map(s -> s.code()).toList());
            List<Still> stills = library.stills().list(session);
            assertEquals(List.of(earlier), stills.stream().map(Still::id).toList());
            try (var in = library.stills().open(stills.get(0))) {
                assertArrayEquals(Files.readAllBytes(Fixtures.STUFF_JPG), in.readAllBytes(), "the earlier still opens whole");
            }
        }
        Cli.ok(second, "init"); // with space again, init works on the same folder
    }
}
