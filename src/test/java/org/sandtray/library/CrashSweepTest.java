package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Still;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills the real program at every place it asks the disk to keep what it wrote. {@code strace}
 * injects SIGKILL into the N-th fsync (then the N-th fdatasync) of a {@code capture} run, for N
 * from 1 until a run completes unharmed. After every kill the library must open, {@code check}
 * must exit 0, and every still id the program printed (acknowledged) must be there with its file.
 *
 * <p>strace 6.1 injects only into traced calls ({@code -e trace=none} injects nothing) and
 * miscounts {@code when=N} under {@code --seccomp-bpf}: hence {@code -e trace=CALL} and no seccomp.
 *
 * <p>The suite sweeps the fsyncs of a capture of {@value #DEFAULT_STILLS} still (about ten runs of the
 * program, 40 s); the full sweep, also over fdatasync and with earlier acknowledged stills at risk:
 * {@code mvn test -Dtest=CrashSweepTest -Dsweep.stills=3 -Dsweep.calls=fsync,fdatasync}.
 */
class CrashSweepTest {
    private static final int DEFAULT_STILLS = 1;

    @TempDir
    Path tmp;

    private record Run(int exit, List<Long> acknowledged, String err) {
        boolean killed() { return exit == 128 + 9; }
    }

    @Test
    void everySyncPointOfACaptureCanBeKilledWithoutLosingOrOrphaningAStill() throws Exception {
        assumeTrue(straceInjects(), "strace cannot trace here (not installed or ptrace not permitted): sweep skipped");
        int stills = Integer.getInteger("sweep.stills", DEFAULT_STILLS);
        Path template = tmp.resolve("template");
        long session;
        try (Library library = Library.create(template, "test")) {
            library.students().add(new Students.Draft("S01", "王小明", "5", "2", Consent.none(ConsentKind.PARTICIPATION),
                    Consent.none(ConsentKind.PHOTO)));
            session = library.sessions().startIndividual("S01", null, Instant.now()).id();
        }
        int kills = 0;
        int rolledForward = 0;
        int removed = 0;
        List<String> lines = new ArrayList<>();
        for (String call : System.getProperty("sweep.calls", "fsync").split(",")) {
            for (int n = 1; ; n++) {
                assertTrue(n < 200, "the sweep of " + call + " never completed");
                Path lib = tmp.resolve(call + "-" + n);
                copyTree(template, lib);
                Run run = capture(lib, session, stills, call, n);
                if (!run.killed()) {
                    assertEquals(0, run.exit(), "a run that was not killed completes: " + run.err());
                    assertEquals(stills, run.acknowledged().size(), run.err());
                    lines.add(call + " #" + n + ": completed");
                    verify(lib, run, call + " #" + n);
                    break;
                }
                kills++;
                StillStore.Recovery r = verify(lib, run, call + " #" + n);
                rolledForward += r.rolledForward();
                removed += r.removed();
                lines.add(call + " #" + n + ": killed after " + run.acknowledged().size() + " acknowledged, recovery " + r);
            }
        }
        System.out.println("crash sweep (" + stills + " stills): " + kills + " kills, " + rolledForward + " rolled forward, "
                + removed + " removed\n  " + String.join("\n  ", lines));
        assertTrue(kills >= 4 * stills, "every still has at least four sync points: " + lines);
    }

    /** Opens the library after the run (finishing what the kill interrupted) and checks it whole. */
    private StillStore.Recovery verify(Path lib, Run run, String where) throws IOException {
        StillStore.Recovery recovery;
        try (Library library = Library.open(lib, "test")) {
            recovery = library.recovered();
            for (long id : run.acknowledged()) {
                Still still = library.stills().byId(id).orElseThrow(() -> new AssertionError(where + ": acknowledged still " + id + " is lost"));
                try (var in = library.stills().open(still)) {
                    assertEquals(still.bytes(), in.readAllBytes().length, where + ": still " + id + "'s file");
                }
            }
            assertTrue(library.check().run(true).ok(), where + ": " + library.check().run(true).problems());
        }
        assertFalse(Fixtures.stillFiles(lib).stream().anyMatch(f -> f.getFileName().toString().startsWith(".tmp-")),
                where + ": a temp file was left");
        Cli.Result check = Cli.run(lib, "check");
        assertEquals(0, check.code(), where + ": " + check);
        return recovery;
    }

    private static Run capture(Path lib, long session, int stills, String call, int n) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", "/dev/null",
                "-e", "trace=" + call, "-e", "inject=" + call + ":signal=KILL:when=" + n,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.sandtray.Launcher",
                "--library", lib.toString(), "capture", "--session", String.valueOf(session), "--source", "demo",
                "--every", "7s", "--count", String.valueOf(stills)));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[][] err = new byte[1][];
        Thread errReader = new Thread(() -> {
            try {
                err[0] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                err[0] = new byte[0];
            }
        });
        errReader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the capture ended");
        errReader.join();
        List<Long> ids = new ArrayList<>();
        // only whole lines: a kill can cut the last one short
        String whole = out.contains("\n") ? out.substring(0, out.lastIndexOf('\n') + 1) : "";
        for (String line : whole.split("\n")) if (!line.isBlank()) ids.add(Long.parseLong(line.strip()));
        return new Run(p.exitValue(), ids, new String(err[0], StandardCharsets.UTF_8));
    }

    /** strace is there and can kill a process at a system call of our choosing ({@code sync FILE} calls fsync). */
    private static boolean straceInjects() {
        try {
            Process p = new ProcessBuilder("strace", "-qq", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=fsync:signal=KILL:when=1",
                    "sync", "/dev/null").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 128 + 9;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("library.lock")) Files.copy(p, target);
            }
        }
    }
}
