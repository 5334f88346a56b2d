package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;

/** The wrap-up of a session, and the library file as another tool (the plain SQLite driver) sees it. */
class SessionRecordTest {

    @TempDir
    Path tmp;

    static final String TITLE = "森林里的河";
    static final String STORY = "小老虎想过河，桥太窄了，它在岸边等朋友。";
    static final String OBSERVATIONS = "与“寻求联结”的主题相符；先放置边缘，后移向中央。";
    static final String THEMES = "联结, 边界";

    private long endedSession(Path lib) throws Exception {
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        long id = Cli.ok(lib, "session", "start", "--student", "S01", "--title", "暂定").id();
        Cli.ok(lib, "still", "import", "--session", String.valueOf(id), Fixtures.STUFF_JPG.toString());
        Cli.ok(lib, "turn", "add", "--session", String.valueOf(id), "--student", "S01", "--action", "place", "--figure", "tiger",
                "--note", "犹豫了很久");
        Cli.Result end = Cli.ok(lib, "session", "end", String.valueOf(id), "--title", TITLE, "--story", STORY,
                "--observations", OBSERVATIONS, "--themes", THEMES);
        assertTrue(end.err().contains("session " + id + " ended"), end.err());
        return id;
    }

    @Test
    void theWrapUpIsStoredAndChineseTextRoundTrips() throws Exception {
        Path lib = tmp.resolve("library");
        long id = endedSession(lib);
        JsonNode session = Cli.ok(lib, "session", "show", String.valueOf(id), "--format", "json").json().get("session");
        assertEquals(TITLE, session.get("title").asText());
        assertEquals(STORY, session.get("story").asText());
        assertEquals(OBSERVATIONS, session.get("observations").asText());
        assertEquals(THEMES, session.get("themes").asText());
        assertFalse(session.get("endedAt").isNull(), "the session is ended");

        String table = Cli.ok(lib, "session", "show", String.valueOf(id)).out();
        assertTrue(table.contains("title: " + TITLE) && table.contains("story: " + STORY), table);

        // ending again with only a story keeps the other fields and the first end time
        String endedAt = session.get("endedAt").asText();
        Cli.ok(lib, "session", "end", String.valueOf(id), "--story", "改写的故事");
        JsonNode again = Cli.ok(lib, "session", "show", String.valueOf(id), "--format", "json").json().get("session");
        assertEquals("改写的故事", again.get("story").asText());
        assertEquals(TITLE, again.get("title").asText());
        assertEquals(endedAt, again.get("endedAt").asText());
    }

    @Test
    void endingAMissingSessionFails() {
        Cli.ok(tmp.resolve("library"), "init");
        Cli.Result r = Cli.run(tmp.resolve("library"), "session", "end", "404", "--title", "x");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("no session with id 404"), r.err());
    }

    @Test
    void thePlainSqliteDriverReadsTheDocumentedSchemaAndTodaysPlainText() throws Exception {
        Path lib = tmp.resolve("library");
        long id = endedSession(lib);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db"));
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT code, name FROM students")) {
                assertTrue(r.next());
                assertEquals("S01", r.getString(1));
                assertStored("王小明", r.getString(2));
            }
            try (ResultSet r = s.executeQuery("SELECT title, story, observations, themes FROM sessions WHERE id = " + id)) {
                assertTrue(r.next());
                assertStored(TITLE, r.getString(1));
                assertStored(STORY, r.getString(2));
                assertStored(OBSERVATIONS, r.getString(3));
                assertStored(THEMES, r.getString(4));
            }
            try (ResultSet r = s.executeQuery("SELECT t.note, f.name_en, f.category FROM turns t JOIN figures f ON f.id = t.figure_id")) {
                assertTrue(r.next());
                assertStored("犹豫了很久", r.getString(1));
                assertEquals("tiger", r.getString(2));
                assertEquals("animals", r.getString(3));
            }
            try (ResultSet r = s.executeQuery("SELECT content_hash, media_type, width, height, bytes FROM stills")) {
                assertTrue(r.next());
                if (TestLibraries.encrypted()) assertNotEquals(Fixtures.sha256(Fixtures.STUFF_JPG), r.getString(1), "a keyed hash, not the photo's SHA-256");
                else assertEquals(Fixtures.sha256(Fixtures.STUFF_JPG), r.getString(1));
                assertEquals("image/jpeg", r.getString(2));
                assertEquals(640, r.getInt(3));
                assertEquals(480, r.getInt(4));
                assertEquals(Files.size(Fixtures.STUFF_JPG), r.getLong(5));
            }
            try (ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'students'")) {
                assertTrue(r.next());
                assertTrue(r.getString(1).contains("[sealed]"), "the schema marks the sealed columns: " + r.getString(1));
            }
        }
    }

    @Test
    void theSqlite3CommandLineToolReadsTheLibrary() throws Exception {
        Path sqlite3 = Path.of("/usr/bin/sqlite3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(sqlite3), "runs /usr/bin/sqlite3, which is not installed here");
        Path lib = tmp.resolve("library");
        long id = endedSession(lib);
        Process p = new ProcessBuilder(sqlite3.toString(), lib.resolve("library.db").toString(),
                "PRAGMA integrity_check; PRAGMA journal_mode; SELECT name FROM students; SELECT story FROM sessions WHERE id = " + id + ";")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        java.util.List<String> lines = out.lines().toList();
        assertEquals(java.util.List.of("ok", "wal"), lines.subList(0, 2));
        assertStored("王小明", lines.get(2));
        assertStored(STORY, lines.get(3));
    }

    /** A sealed column as any SQLite tool reads it: the text in a plain library, only ciphertext in an encrypted one. */
    private static void assertStored(String text, String stored) {
        if (TestLibraries.encrypted()) {
            assertTrue(stored.startsWith("s1:") && !stored.contains(text), "sealed: " + stored);
        } else {
            assertEquals(text, stored, "a plain library's text is plain");
        }
    }
}
