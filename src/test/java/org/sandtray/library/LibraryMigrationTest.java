package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** A new library made from an empty folder, and what reopening it does (and does not) do. */
class LibraryMigrationTest {

    @TempDir
    Path tmp;

    private static final Set<String> TABLES = Set.of("students", "consents", "groups", "group_members", "tray_setups",
            "sessions", "session_turn_order", "session_participants", "figures", "turns", "stills", "placements",
            "placement_marks", "annotations", "audit_log", "flyway_schema_history");

    private static Connection raw(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db"));
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    @Test
    void anEmptyFolderBecomesALibraryWithTheWholeSchema() throws Exception {
        Path folder = tmp.resolve("new/nested/library");
        assertFalse(Library.exists(folder));
        try (Library library = TestLibraries.create(folder, "test")) {
            assertEquals(folder.toAbsolutePath().normalize(), library.folder());
        }
        assertTrue(Library.exists(folder));
        assertTrue(Files.isRegularFile(folder.resolve("library.lock")));
        try (Connection c = raw(folder)) {
            Set<String> tables = new TreeSet<>(column(c, "SELECT name FROM sqlite_master WHERE type = 'table'"));
            assertTrue(tables.containsAll(TABLES), "tables missing: " + tables);
            assertEquals(List.of("wal"), column(c, "PRAGMA journal_mode"), "the journal mode is stored in the file");
            assertEquals(List.of("1", "3", "5", "6"), column(c, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1 ORDER BY installed_rank"));
            assertEquals(List.of("ok"), column(c, "PRAGMA integrity_check"));
        }
    }

    @Test
    void theLibraryConnectionEnforcesForeignKeys() {
        try (Library library = TestLibraries.create(tmp.resolve("lib"), "test")) {
            LibraryException e = assertThrows(LibraryException.class, () -> library.database().transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO consents(student_id, kind, created_at) VALUES (4242, 'photo', '2026-01-01')");
                }
            }));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            assertEquals(0, Fixtures.count(library, "consents"), "the refused row must not be stored");
            assertThrows(LibraryException.class, () -> library.database().transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO stills(session_id, taken_at, content_hash, media_type, width, height, bytes, created_at) "
                            + "VALUES (99, 'x', 'abc', 'image/jpeg', 1, 1, 1, 'x')");
                }
            }));
            assertEquals(0, Fixtures.count(library, "stills"));
        }
    }

    @Test
    void reopeningDoesNotRunTheMigrationOrSeedTheCatalogueAgain() throws Exception {
        Path folder = tmp.resolve("lib");
        long figures;
        try (Library library = TestLibraries.create(folder, "test")) {
            figures = library.figures().list().size();
        }
        List<String> historyBefore;
        try (Connection c = raw(folder)) {
            historyBefore = column(c, "SELECT installed_rank || ' ' || version || ' ' || installed_on FROM flyway_schema_history");
        }
        for (int i = 0; i < 2; i++) {
            try (Library library = TestLibraries.open(folder, "test")) {
                assertEquals(figures, library.figures().list().size(), "the default catalogue was imported twice");
            }
        }
        try (Connection c = raw(folder)) {
            assertEquals(historyBefore, column(c, "SELECT installed_rank || ' ' || version || ' ' || installed_on FROM flyway_schema_history"));
            assertEquals(List.of("1 2"), column(c, "SELECT SUM(event = 'create') || ' ' || SUM(event = 'open') FROM audit_log"),
                    "the creation and every opening are logged");
        }
    }

    @Test
    void aLibraryFromANewerProgramIsRefusedUntouched() throws Exception {
        Path folder = tmp.resolve("lib");
        TestLibraries.create(folder, "test").close();
        try (Connection c = raw(folder); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> TestLibraries.open(folder, "test"));
        assertTrue(e.getMessage().contains("newer Sandtray Recorder"), e.getMessage());
        // the lock was given back: a library this program can read opens after the version is repaired
        try (Connection c = raw(folder); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '99'");
        }
        TestLibraries.open(folder, "test").close();
    }

    @Test
    void aNewLibraryShipsAbout150FiguresInBothLanguagesInEveryCategory() {
        try (Library library = TestLibraries.create(tmp.resolve("lib"), "test")) {
            List<Figure> figures = library.figures().list();
            assertTrue(figures.size() >= 120 && figures.size() <= 250,
                    "the default catalogue should hold about 150 figures, has " + figures.size());
            Set<Category> used = EnumSet.noneOf(Category.class);
            for (Figure f : figures) {
                assertNotNull(f.nameZh(), "no Chinese name: " + f);
                assertNotNull(f.nameEn(), "no English name: " + f);
                assertTrue(f.nameZh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                        "the Chinese name is not Chinese: " + f);
                assertNotNull(f.category(), f.toString());
                used.add(f.category());
            }
            assertEquals(EnumSet.allOf(Category.class), used, "every one of the 13 categories has figures");
        }
        try (Connection c = raw(tmp.resolve("lib"))) {
            assertEquals(List.of(), column(c, "SELECT category FROM figures WHERE category NOT IN ('people', 'animals', 'plants', "
                    + "'buildings', 'household', 'vehicles', 'food', 'stones_shells', 'landscape', 'fences', 'spiritual', 'fantasy', 'other')"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
