package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Annotation;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Erasing a pupil: their row, individual sessions, their own stills and files go; in group sessions
 * their turns and figures stay under a former member's code; no table (read through the codec) nor
 * file keeps their name or what was written about them alone; check is clean after.
 */
class ErasureTest {
    @TempDir
    Path tmp;

    @Test
    void anErasedPupilLeavesNoTraceInAnyTableOrFileAndTheGroupTrayKeepsItsShape() throws Exception {
        Path lib = tmp.resolve("library");
        PrivacyLibrary made;
        List<Path> filesBefore;
        String individualFile;
        try (Library library = TestLibraries.create(lib)) {
            made = PrivacyLibrary.fill(library, tmp.resolve("photos"));
            // what only S01's individual session says
            library.sessions().end(made.individualSession, new Sessions.WrapUp(null, "只对老师讲的秘密故事", "个体观察记录", null),
                    java.time.Instant.parse("2026-03-03T08:00:00Z"));
            individualFile = library.stills().require(made.stills.get(1)).fileName();
            filesBefore = Fixtures.stillFiles(lib);
            Erasure.Plan plan = library.erasure().plan("S01");
            assertEquals(List.of(made.individualSession), plan.individualSessions());
            assertEquals(List.of(made.groupSession), plan.groupSessions());
            assertEquals(List.of(made.stills.get(1)), plan.stills(), "the group still shows the others' tray: it stays");
            assertEquals(1, plan.turnsKept());
            assertEquals(1, plan.placementsKept());
            Erasure.Plan done = library.erasure().erase("S01");
            assertEquals(1, done.files());
            assertEquals(List.of("S02", "S03"), library.students().list().stream().map(s -> s.code()).toList(), "the roster no longer lists them");
        }
        assertEquals(filesBefore.size() - 1, Fixtures.stillFiles(lib).size(), "the individual session's photo file is gone");
        assertTrue(Fixtures.stillFiles(lib).stream().noneMatch(f -> f.getFileName().toString().equals(individualFile)));

        List<String> traces = List.of("王小明", "小明", "S01", "只对老师讲的秘密故事", "个体观察记录", "犹豫了很久才放下", "放在角落");
        try (Library library = TestLibraries.open(lib)) {
            assertTrue(library.students().byCode("S01").isEmpty());
            List<String> everything = everyText(library);
            for (String t : traces) {
                assertTrue(everything.stream().noneMatch(x -> x.contains(t)), t + " is still in: " + everything);
            }
            // the audit log keeps its lines (a chain cannot lose one) and with them the pupil's code, a pseudonym; never the name
            List<String> audit = library.audit().list().stream().map(e -> String.valueOf(e.detail())).toList();
            assertTrue(audit.stream().noneMatch(x -> x.contains("王小明") || x.contains("小明")), audit.toString());
            // the group session keeps its turn and its figure, under the former member
            Session group = library.sessions().require(made.groupSession);
            assertEquals(3, group.turnOrder().size());
            String former = group.turnOrder().get(0);
            assertTrue(former.startsWith("former-"), former);
            Turn turn = library.turns().list(made.groupSession).get(0);
            assertEquals(former, turn.studentCode());
            assertEquals("老虎", turn.figureName());
            assertNull(turn.note(), "what was noted about them goes");
            Placement placement = library.placements().list(made.groupSession).get(0);
            assertEquals(former, placement.studentCode());
            assertEquals(0.2, placement.marks().get(0).at().x(), 1e-9);
            assertEquals(former + "说河边有一只受伤的小鸟", group.story(), "their given name in the others' story is replaced");
            assertTrue(library.sessions().list().stream().noneMatch(s -> s.id() == made.individualSession));
            var erase = library.audit().list().stream().filter(e -> e.event().equals("erase")).findFirst().orElseThrow();
            assertFalse(erase.detail().contains("王小明"), "the audit line has no name: " + erase.detail());
            assertTrue(library.check().run(true).ok(), library.check().run(true).problems().toString());
            assertEquals("student.erased",
                    assertThrows(LibraryException.class, () -> library.erasure().erase(former)).problem().key());
        }
        if (!TestLibraries.encrypted()) {
            // a plain library's database bytes: compacted, journal emptied, so no old page keeps them. (The group photo that
            // stays was imported from a phone with the name in its EXIF: photos are stored as imported, so a plain library
            // keeps that; an encrypted one encrypts it, and every export strips it.)
            Path db = tmp.resolve("db-only");
            java.nio.file.Files.createDirectories(db);
            for (String f : new String[] {"library.db", "library.db-wal"}) {
                if (java.nio.file.Files.exists(lib.resolve(f))) java.nio.file.Files.copy(lib.resolve(f), db.resolve(f));
            }
            assertEquals(List.of(), PrivacyLibrary.found(db, List.of("王小明", "只对老师讲的秘密故事", "个体观察记录", "犹豫了很久才放下"), List.of()));
        }
    }

    /** Every text a table holds, sealed columns opened through the library, plain columns as they are. */
    private static List<String> everyText(Library library) {
        List<String> out = new ArrayList<>();
        library.students().list().forEach(s -> out.add(s.code() + " " + s.name() + " " + s.grade() + " " + s.className()));
        library.groups().list().forEach(g -> out.add(g.name() + " " + g.members()));
        for (Session s : library.sessions().list()) {
            out.add(s.title() + " " + s.story() + " " + s.observations() + " " + s.themes() + " " + s.turnOrder() + " " + s.studentCode());
            for (Turn t : library.turns().list(s.id())) out.add(t.studentCode() + " " + t.note());
            for (Placement p : library.placements().list(s.id())) out.add(p.studentCode() + " " + p.note());
            for (Still st : library.stills().list(s.id())) {
                out.add(st.studentCode() + " " + st.source());
                for (Annotation a : library.annotations().list(st.id())) out.add(a.text());
            }
        }
        // plain columns of every table, straight from SQL
        library.database().read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (r.next()) tables.add(r.getString(1));
            }
            for (String table : tables) {
                if (table.equals("audit_log")) continue; // opened above: it keeps codes, never names
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            Object v = r.getObject(i);
                            if (v instanceof String text && !text.startsWith(SealedText.PREFIX)) out.add(text);
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }
}
