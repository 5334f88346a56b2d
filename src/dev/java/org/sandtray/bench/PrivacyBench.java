package org.sandtray.bench;

import org.sandtray.domain.Still;
import org.sandtray.library.Backup;
import org.sandtray.library.Library;
import org.sandtray.library.Secret;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;
import org.sandtray.review.StillImages;
import org.sandtray.timeline.StudentTimeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of encryption at rest, each figure beside the same work on a plain library in the same
 * run: still import, a student's timeline, opening (Argon2id with the default parameters
 * included, warm and in a fresh JVM), thumbnail decoding, and a backup of the generated
 * 10,000-still library against a plain copy of its files. The encrypted library is the generated
 * one encrypted in place (which is timed too).
 */
public final class PrivacyBench {
    static final String PASSPHRASE = "bench passphrase 沙盘 2026";
    private final PrintWriter out;

    public PrivacyBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path work, LibraryGenerator.Size size, boolean keep) throws Exception {
        run(work, size, keep, java.util.Set.of("import", "open", "timeline", "backup"));
    }

    /** @param parts which figures to measure: import (still import and thumbnails), open, timeline, backup */
    public void run(Path work, LibraryGenerator.Size size, boolean keep, java.util.Set<String> parts) throws Exception {
        Files.createDirectories(work);
        if (parts.equals(java.util.Set.of("import"))) {
            stillImport(work.resolve("import"));
            out.flush();
            return;
        }
        Path generated = work.resolve("generated");
        if (!Library.exists(generated)) {
            long t0 = System.nanoTime();
            out.printf("generated %s in %.1f s%n", new LibraryGenerator(42).generate(generated, size), (System.nanoTime() - t0) / 1e9);
        } else {
            out.println("using the library already generated at " + generated);
        }
        out.flush();
        Path plain = work.resolve("plain");
        Path encrypted = work.resolve("encrypted");
        if (Library.exists(plain) && Library.exists(encrypted)) {
            out.println("using the plain and encrypted copies kept by an earlier --keep run");
        } else {
            LibraryBench.deleteTree(plain);
            LibraryBench.deleteTree(encrypted);
            copyTree(generated, plain);
            copyTree(generated, encrypted);
            try (Library library = Library.open(plain, "bench")) {
                library.students().list(); // brings the schema up to date once, outside any timing
            }
            long t0 = System.nanoTime();
            try (Library library = Library.open(encrypted, "bench")) {
                Backup.write(library, work.resolve("before-encryption-" + System.nanoTime() + ".zip"), Backup.Progress.NONE);
                library.encrypt(new Secret.NewKeys(Passphrase.of(PASSPHRASE), RecoveryKey.generate(), KdfParameters.DEFAULT));
            }
            out.printf(Locale.ROOT, "backup, then encrypt in place of the generated library: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        out.flush();

        if (parts.contains("import")) stillImport(work.resolve("import"));
        if (parts.contains("open")) opening(plain, encrypted);
        if (parts.contains("timeline")) timeline(plain, encrypted);
        if (parts.contains("backup")) backup(work, plain, encrypted);
        if (!keep) {
            LibraryBench.deleteTree(plain);
            LibraryBench.deleteTree(encrypted);
        }
        try (Stream<Path> zips = Files.list(work)) {
            for (Path z : zips.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) Files.delete(z);
        }
        out.flush();
    }

    private static Secret secret() {
        return Secret.passphrase(PASSPHRASE);
    }

    /** Still import and thumbnail decoding of 1920x1080 JPEGs into a plain and an encrypted library, alternating. */
    private void stillImport(Path folder) throws Exception {
        LibraryBench.deleteTree(folder);
        byte[] jpeg = SampleJpeg.textured(1920, 1080, 1);
        out.printf("still import: 1920x1080 JPEGs of %d KB%n", jpeg.length / 1024);
        try (Library plain = Library.create(folder.resolve("plain"), "bench");
             Library enc = Library.create(folder.resolve("encrypted"), "bench",
                     new Secret.NewKeys(Passphrase.of(PASSPHRASE), RecoveryKey.generate(), KdfParameters.DEFAULT))) {
            long plainSession = individualSession(plain);
            long encSession = individualSession(enc);
            long[] n = {0};
            List<Long> plainIds = new ArrayList<>();
            List<Long> encIds = new ArrayList<>();
            // alternate the two so a noisy neighbour hurts both alike
            Timings[] imports = alternate(5, 41,
                    () -> plainIds.add(plain.stills().add(SampleJpeg.variant(jpeg, n[0]++),
                            new Stills.Meta(plainSession, Instant.now(), null, null, null, "bench")).id()),
                    () -> encIds.add(enc.stills().add(SampleJpeg.variant(jpeg, n[0]++),
                            new Stills.Meta(encSession, Instant.now(), null, null, null, "bench")).id()));
            out.println(imports[1].line("still import, encrypted", imports[0], "plain"));
            int[] k = {0};
            Timings[] thumbs = alternate(5, 41,
                    () -> thumbnail(plain, plainIds.get(k[0] % plainIds.size())),
                    () -> thumbnail(enc, encIds.get(k[0]++ % encIds.size())));
            out.println(thumbs[1].line("thumbnail decode (read, 1/8 JPEG decode, 160 px)", thumbs[0], "plain"));
        }
    }

    private static void thumbnail(Library library, long stillId) {
        Still still = library.stills().require(stillId);
        new StillImages(library, 1).load(still, 160); // a new cache each time: always read and decoded
    }

    private static long individualSession(Library library) {
        library.students().add(new Students.Draft("B1", "bench", null, null, null, BenchConsent.PHOTOS_ALLOWED));
        return library.sessions().startIndividual("B1", "bench", Instant.now()).id();
    }

    private void opening(Path plain, Path encrypted) throws Exception {
        Timings[] open = alternate(2, 11, () -> Library.open(plain, "bench").close(), () -> Library.open(encrypted, "bench", secret()).close());
        out.println(open[1].line("open, encrypted (Argon2id 64 MiB/3/4 included)", open[0], "plain"));
        Path passFile = Files.createTempFile("bench-pass", ".txt");
        Files.writeString(passFile, PASSPHRASE + "\n", StandardCharsets.UTF_8);
        List<Long> coldPlain = new ArrayList<>();
        List<Long> coldEncrypted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            coldPlain.add(openInFreshJvm(plain, null));
            coldEncrypted.add(openInFreshJvm(encrypted, passFile));
        }
        out.println(Timings.of(coldEncrypted).line("open in a fresh JVM, encrypted (one command)", Timings.of(coldPlain), "plain"));
        Files.delete(passFile);
        out.flush();
    }

    /** Library.open timed in a new JVM, in nanoseconds: what one command on the command line pays (the JVM's own start not counted). */
    private static long openInFreshJvm(Path folder, Path passFile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OpenOnce.class.getName(), folder.toString()));
        if (passFile != null) cmd.add(passFile.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException(output);
        return Math.round(Double.parseDouble(output.strip().lines().reduce((a, b) -> b).orElseThrow()) * 1e6);
    }

    /** Opens a library once and prints how long Library.open took, in milliseconds (a fresh JVM's first open). */
    public static final class OpenOnce {
        public static void main(String[] args) throws Exception {
            Secret secret = args.length > 1 ? Secret.passphrase(Files.readString(Path.of(args[1])).strip()) : null;
            long t0 = System.nanoTime();
            try (Library library = Library.open(Path.of(args[0]), "bench", secret)) {
                System.out.println((System.nanoTime() - t0) / 1e6);
            }
        }
    }

    private void timeline(Path plain, Path encrypted) throws Exception {
        try (Library p = Library.open(plain, "bench"); Library e = Library.open(encrypted, "bench", secret())) {
            StudentTimeline pt = new StudentTimeline(p);
            StudentTimeline et = new StudentTimeline(e);
            int[] k = {0};
            Timings[] tl = alternate(10, 51, () -> pt.of(String.format("S%03d", 1 + k[0] % 50)),
                    () -> et.of(String.format("S%03d", 1 + k[0]++ % 50)));
            out.println(tl[1].line("student timeline, encrypted", tl[0], "plain"));
        }
        out.flush();
    }

    /** The encrypted library's backup against a plain copy of its files (database and still folder), in MB/s. */
    private void backup(Path work, Path plain, Path encrypted) throws Exception {
        long bytes = size(encrypted.resolve("library.db")) + size(encrypted.resolve("stills"));
        int[] k = {0};
        try (Library e = Library.open(encrypted, "bench", secret())) {
            Timings[] t = alternate(1, 5, () -> {
                Path copy = work.resolve("copy-" + k[0]);
                copyTree(encrypted.resolve("stills"), copy.resolve("stills"));
                Files.copy(encrypted.resolve("library.db"), copy.resolve("library.db"));
                LibraryBench.deleteTree(copy);
            }, () -> {
                Path file = work.resolve("backup-" + k[0]++ + ".zip");
                Backup.write(e, file, Backup.Progress.NONE);
                Files.delete(file);
            });
            double copyRate = bytes / 1e6 / (t[0].medianMillis() / 1000);
            double backupRate = bytes / 1e6 / (t[1].medianMillis() / 1000);
            out.println(t[1].line("backup --to of the encrypted generated library", t[0], "plain copy of its files"));
            out.printf(Locale.ROOT, "  %.1f MB in %d files: backup %.1f MB/s (written, flushed, read back and verified), "
                    + "plain copy %.1f MB/s (cp -r: written, not flushed) = %.0f%%%n", bytes / 1e6, fileCount(encrypted.resolve("stills")) + 1,
                    backupRate, copyRate, 100 * backupRate / copyRate);
        }
        out.flush();
    }

    /** Runs a and b in turns, warm-up first; returns their timings. */
    private static Timings[] alternate(int warmup, int runs, Timings.Step a, Timings.Step b) throws Exception {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        List<Long> ta = new ArrayList<>();
        List<Long> tb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            a.run();
            long t1 = System.nanoTime();
            b.run();
            long t2 = System.nanoTime();
            ta.add(t1 - t0);
            tb.add(t2 - t1);
        }
        return new Timings[] {Timings.of(ta), Timings.of(tb)};
    }

    private static long size(Path p) throws IOException {
        if (Files.isRegularFile(p)) return Files.size(p);
        try (Stream<Path> walk = Files.walk(p)) {
            long total = 0;
            for (Path f : walk.filter(Files::isRegularFile).toList()) total += Files.size(f);
            return total;
        }
    }

    private static long fileCount(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("library.lock")) Files.copy(p, target);
            }
        }
    }

}
