package org.sandtray.bench;

import org.sandtray.library.Library;
import org.sandtray.library.Stills;
import org.sandtray.timeline.StudentTimeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The library's figures: still import, and timeline, open and check on a generated library of
 * 50 students, 200 sessions, 10,000 stills and 60,000 placements. Each is printed as a median
 * beside a baseline measured in the same run.
 */
public final class LibraryBench {
    private final PrintWriter out;

    public LibraryBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path work, LibraryGenerator.Size size, boolean keep) throws Exception {
        Files.createDirectories(work);
        stillImport(work.resolve("import-bench"));
        Path big = work.resolve("generated");
        if (!Library.exists(big)) {
            long t0 = System.nanoTime();
            LibraryGenerator.Made made = new LibraryGenerator(42).generate(big, size);
            out.printf("generated %s in %.1f s%n", made, (System.nanoTime() - t0) / 1e9);
        } else {
            out.println("using the library already generated at " + big);
        }
        generatedLibrary(big);
        if (!keep) deleteTree(work);
        out.flush();
    }

    private void stillImport(Path folder) throws Exception {
        deleteTree(folder);
        byte[] jpeg = SampleJpeg.textured(1920, 1080, 1);
        out.printf("still import: one 1920x1080 JPEG of %d KB%n", jpeg.length / 1024);
        try (Library library = Library.create(folder, "bench")) {
            long session = library.sessions().startIndividual(addStudent(library), "bench", Instant.now()).id();
            long[] n = {0};
            Timings importing = Timings.measure(5, 40, () -> library.stills().add(SampleJpeg.variant(jpeg, n[0]++),
                    new Stills.Meta(session, Instant.now(), null, null, null, "bench")));
            Path raw = folder.resolve("raw");
            Files.createDirectories(raw);
            Timings bare = Timings.measure(5, 40, () -> writeAndSync(raw.resolve("f" + n[0]++), SampleJpeg.variant(jpeg, n[0])));
            out.println(importing.line("still import (check, hash, write, fsync, commit)", bare, "bare write+fsync"));
        }
    }

    private static String addStudent(Library library) {
        library.students().add(new org.sandtray.library.Students.Draft("B1", "bench", null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
        return "B1";
    }

    private static void writeAndSync(Path file, byte[] data) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(data));
            ch.force(true);
        }
    }

    private void generatedLibrary(Path folder) throws Exception {
        Timings open = Timings.measure(2, 15, () -> Library.open(folder, "bench").close());
        Timings bareOpen = Timings.measure(2, 15, () -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db"));
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sessions")) {
                r.next();
            }
        });
        out.println(open.line("open library (lock, schema, quick_check, audit)", bareOpen, "bare JDBC open+query"));
        Timings quickCheck = Timings.measure(2, 15, () -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db"));
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check(20)")) {
                r.next();
            }
        });
        out.println(quickCheck.line("PRAGMA quick_check alone (run at every open)", bareOpen, "bare JDBC open+query"));
        try (Library library = Library.open(folder, "bench")) {
            StudentTimeline timeline = new StudentTimeline(library);
            int[] k = {0};
            Timings tl = Timings.measure(10, 50, () -> timeline.of(String.format("S%03d", 1 + (k[0]++ % 50))));
            Timings scan = Timings.measure(10, 50, () -> library.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(x) FROM placement_marks")) {
                    r.next();
                    return r.getLong(1);
                }
            }));
            out.println(tl.line("timeline --student (one student, all sessions)", scan, "full scan of marks"));
            Timings quick = Timings.measure(1, 5, () -> library.check().run(false));
            Timings listing = Timings.measure(1, 5, () -> statAll(folder.resolve("stills")));
            out.println(quick.line("check without rehashing", listing, "bare walk+stat of still files"));
            Timings full = Timings.measure(0, 3, () -> library.check().run(true));
            out.println(full.line("check with rehashing", quick, "check without rehashing"));
        }
    }

    private static long statAll(Path root) throws IOException {
        long total = 0;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root)) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) total += Files.size(f);
                }
            }
        }
        return total;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
