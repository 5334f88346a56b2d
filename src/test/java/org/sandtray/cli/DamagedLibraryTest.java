package org.sandtray.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.demo.DemoLibrary;
import org.sandtray.demo.DemoTrayPainter;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A disk damages one page of the database, as disks do: every page of the demo library in turn is
 * overwritten with noise (or zeros). Whatever page it is, a reading command either answers exactly
 * as it did before the damage or exits 1 saying the library is damaged; a writing command refuses
 * before writing anything; check lists the problems and exits 1.
 */
class DamagedLibraryTest {
    private static final int PAGE = 4096;

    @TempDir
    static Path shared;

    static Path pristine;
    /** Each reading command and what it printed on the sound library. */
    static Map<List<String>, String> answers = new LinkedHashMap<>();
    static int pages;

    @BeforeAll
    static void makeTheDemoLibrary() throws IOException {
        pristine = shared.resolve("pristine");
        try (Library library = Library.create(pristine, "test")) {
            new DemoLibrary(new DemoTrayPainter(320, 240)).fill(library);
        }
        List<List<String>> reads = new ArrayList<>(List.of(List.of("session", "list", "--format", "json"),
                List.of("student", "list", "--format", "json"), List.of("group", "list", "--format", "json"),
                List.of("figure", "list", "--format", "json")));
        for (int id = 1; id <= 6; id++) reads.add(List.of("session", "show", String.valueOf(id), "--format", "json"));
        for (String student : List.of("D01", "D03", "D08")) reads.add(List.of("timeline", "--student", student, "--format", "json"));
        for (List<String> read : reads) {
            Cli.Result r = Cli.ok(pristine, read.toArray(String[]::new));
            answers.put(read, r.out());
        }
        pages = (int) (Files.size(pristine.resolve("library.db")) / PAGE);
        assertTrue(pages > 30, "the demo database has pages to damage: " + pages);
    }

    private static Path damagedCopy(Path dir, int page, boolean zeros) throws IOException {
        copyTree(pristine, dir);
        byte[] noise = new byte[PAGE];
        if (!zeros) new Random(page).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("library.db").toFile(), "rw")) {
            f.seek((long) (page - 1) * PAGE);
            f.write(noise);
        }
        return dir;
    }

    @Test
    void noReadingCommandAnswersWrongWhicheverPageIsDamaged(@TempDir Path tmp) throws IOException {
        int noticed = 0;
        for (boolean zeros : new boolean[] {false, true}) {
            for (int page = 1; page <= pages; page++) {
                if (zeros && page % 3 != 0) continue; // zeroed pages behave alike: a third of them is enough
                Path lib = damagedCopy(tmp.resolve((zeros ? "z" : "n") + page), page, zeros);
                String where = "page " + page + (zeros ? " zeroed" : " noise");
                boolean damaged;
                try (Library library = Library.openEvenIfDamaged(lib, "test")) {
                    damaged = library.damaged();
                } catch (org.sandtray.library.LibraryException e) {
                    damaged = true; // not even openable read-only (its first page is gone)
                }
                for (var read : answers.entrySet()) {
                    Cli.Result r = Cli.run(lib, read.getKey().toArray(String[]::new));
                    String what = where + ", " + String.join(" ", read.getKey());
                    if (r.code() == 0) {
                        assertFalse(damaged, what + ": a library found damaged answered");
                        assertEquals(read.getValue(), r.out(), what + ": a damaged library answered differently");
                    } else {
                        assertEquals(1, r.code(), what + ": " + r);
                        assertTrue(r.err().contains("is damaged") || r.err().contains("is not a library database"), what + ": " + r.err());
                        assertFalse(r.err().contains("unexpected") || r.err().contains("Exception"), what + ": " + r.err());
                    }
                    if (damaged) break; // refused at opening: every command is, the first one shows it
                }
                if (damaged) noticed++;
            }
        }
        assertTrue(noticed > pages * 3 / 4, "most damaged pages are noticed: " + noticed);
    }

    @Test
    void writingCommandsRefuseBeforeWritingAndCheckReportsTheDamage(@TempDir Path tmp) throws IOException {
        Path photo = Fixtures.STUFF_JPG.toAbsolutePath();
        int damaged = 0;
        for (int page = 2; page <= pages; page++) {
            Path lib = damagedCopy(tmp.resolve("w" + page), page, false);
            byte[] before = Files.readAllBytes(lib.resolve("library.db"));
            int stillFiles = Fixtures.stillFiles(lib).size();
            Cli.Result imported = Cli.run(lib, "still", "import", "--session", "1", photo.toString());
            Cli.Result check = Cli.run(lib, "check");
            if (imported.code() == 0) {
                assertEquals(0, check.code(), "page " + page + ": a write was let through on a library check calls damaged: " + check);
                continue;
            }
            damaged++;
            assertTrue(imported.err().contains("is damaged"), "page " + page + ": " + imported);
            assertArrayEquals(before, Files.readAllBytes(lib.resolve("library.db")), "page " + page + ": the refused import wrote to the database");
            assertFalse(Files.exists(lib.resolve("library.db-wal")) && Files.size(lib.resolve("library.db-wal")) > 0,
                    "page " + page + ": nothing in the journal");
            assertEquals(stillFiles, Fixtures.stillFiles(lib).size(), "page " + page + ": no still file was written");
            assertEquals(1, check.code(), "page " + page + ": " + check);
            assertFalse(check.json().path("ok").asBoolean(true), "page " + page + ": " + check);
            assertTrue(check.json().get("problems").size() > 0, check.out());
            assertTrue(check.err().contains("salvage"), "check says what to do: " + check.err());
            assertFalse(check.err().contains("unexpected"), check.err());
        }
        assertTrue(damaged > pages / 2, "most pages: " + damaged + " of " + pages);
    }

    @Test
    void salvageOfASoundLibraryKeepsEverything(@TempDir Path tmp) throws IOException {
        Path lib = tmp.resolve("sound");
        copyTree(pristine, lib);
        Cli.Result r = Cli.run(lib, "salvage", "--to", tmp.resolve("copy").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(0, r.json().get("lost").size(), r.out());
        for (var read : answers.entrySet()) {
            assertEquals(read.getValue(), Cli.ok(tmp.resolve("copy"), read.getKey().toArray(String[]::new)).out(), read.getKey().toString());
        }
        assertEquals(Fixtures.stillFiles(pristine).size(), Fixtures.stillFiles(tmp.resolve("copy")).size());
        Cli.ok(tmp.resolve("copy"), "check");
    }

    @Test
    void salvageCopiesWhatCanBeReadIntoALibraryThatPassesCheck(@TempDir Path tmp) throws IOException {
        long pristineRows = Cli.run(pristine, "salvage", "--to", tmp.resolve("whole").toString()).json().get("rows")
                .properties().stream().mapToLong(e -> e.getValue().asLong()).sum();
        int salvaged = 0;
        for (int page = 2; page <= pages; page += 2) {
            Path lib = damagedCopy(tmp.resolve("d" + page), page, false);
            byte[] before = Files.readAllBytes(lib.resolve("library.db"));
            Path to = tmp.resolve("salvaged" + page);
            Cli.Result r = Cli.run(lib, "salvage", "--to", to.toString());
            String where = "page " + page;
            assertEquals(0, r.code(), where + ": " + r);
            assertTrue(r.json().get("check_ok").asBoolean(), where + ": " + r);
            assertArrayEquals(before, Files.readAllBytes(lib.resolve("library.db")), where + ": salvage changed the damaged library");
            long rows = r.json().get("rows").properties().stream().mapToLong(e -> e.getValue().asLong()).sum();
            assertTrue(rows <= pristineRows, where);
            if (rows < pristineRows) assertTrue(r.json().get("lost").size() > 0, where + ": rows lost but no loss reported: " + r.out());
            Cli.Result check = Cli.run(to, "check");
            assertEquals(0, check.code(), where + ": " + check);
            assertEquals(0, Cli.run(to, "session", "list").code(), where);
            if (rows > 0) salvaged++;
        }
        assertTrue(salvaged > 0);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("library.lock")) Files.copy(p, target);
            }
        }
    }
}
