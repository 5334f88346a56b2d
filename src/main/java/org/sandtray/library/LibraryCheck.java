package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a library end to end: the database's own integrity and foreign keys, then every still
 * file against its row (missing, altered) and every file against the rows (orphans). A damaged
 * database is reported, not thrown: every problem that can be found is listed.
 */
public final class LibraryCheck {
    private static final Logger log = LoggerFactory.getLogger(LibraryCheck.class);
    /** SQLite's integrity check stops after this many lines. */
    private static final int INTEGRITY_LINES = 200;

    /** Kinds of problem, as the JSON output names them. */
    public static final String DATABASE = "database integrity";
    public static final String REFERENCE = "broken reference";
    public static final String UNREADABLE_TABLE = "unreadable table";
    public static final String MISSING = "missing still file";
    public static final String ALTERED = "altered still file";
    public static final String ORPHAN = "orphan still file";
    public static final String UNREADABLE_FILE = "unreadable still file";
    public static final String UNREADABLE_FOLDER = "unreadable still folder";

    /** One problem found: its kind (stable, for machines) and what it is, in words. */
    public record Problem(String kind, org.sandtray.domain.Problem what) {
        /** In English, for the JSON output and the log. */
        public String detail() { return what.english(); }

        @Override public String toString() { return kind + ": " + detail(); }
    }

    /** What the check looked at and found. */
    public record Report(int stillsChecked, int filesListed, boolean rehashed, List<Problem> problems) {
        public boolean ok() { return problems.isEmpty(); }

        public List<Problem> of(String kind) {
            return problems.stream().filter(p -> p.kind().equals(kind)).toList();
        }
    }

    /** What {@link #repair} did: files no row names, moved out of the store. */
    public record Repair(List<Path> quarantined) {}

    private final Database db;
    private final StillStore store;
    private final List<String> damage;

    LibraryCheck(Database db, StillStore store, List<String> damage) {
        this.db = db;
        this.store = store;
        this.damage = damage;
    }

    /**
     * @param rehash read every file and compare its hash with its name (finds any alteration);
     *               without it, a file is altered only if its size changed
     */
    public Report run(boolean rehash) {
        List<Problem> problems = new ArrayList<>(databaseProblems());
        record Expected(String hash, String extension, long bytes, List<Long> stillIds) {}
        Map<String, Expected> expected = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        readRows("stills", "SELECT id, content_hash, media_type, bytes FROM stills ORDER BY id", r -> {
            long id = r.getLong(1);
            String hash = r.getString(2);
            String ext = Stills.extensionOf(r.getString(3));
            long bytes = r.getLong(4);
            expected.computeIfAbsent(hash + "." + ext, k -> new Expected(hash, ext, bytes, new ArrayList<>())).stillIds().add(id);
        }, problems);
        known.addAll(expected.keySet());
        readRows("figures", "SELECT photo_hash FROM figures WHERE photo_hash IS NOT NULL",
                r -> known.add(r.getString(1) + ".jpg"), problems);
        int checked = 0;
        for (Expected e : expected.values()) {
            String file = e.hash() + "." + e.extension();
            StillStore.State state;
            try {
                state = store.inspect(new StillStore.Entry(e.hash(), e.extension()), e.bytes(), rehash);
            } catch (IOException ex) {
                problems.add(new Problem(UNREADABLE_FILE, org.sandtray.domain.Problem.of("check.unreadableFile", file,
                        IoProblems.reason(ex))));
                continue;
            }
            checked += e.stillIds().size();
            String stills = join(e.stillIds());
            if (state == StillStore.State.MISSING) {
                problems.add(new Problem(MISSING, org.sandtray.domain.Problem.of("check.missingFile", stills, file)));
            }
            if (state == StillStore.State.ALTERED) {
                problems.add(new Problem(ALTERED, org.sandtray.domain.Problem.of("check.alteredFile", stills, file)));
            }
        }
        List<StillStore.Entry> files;
        try {
            files = store.list();
        } catch (IOException ex) {
            problems.add(new Problem(UNREADABLE_FOLDER, org.sandtray.domain.Problem.of("check.unreadableFolder", IoProblems.reason(ex))));
            files = List.of();
        }
        // with rows unreadable, a file no readable row names is not known to be an orphan
        boolean rowsComplete = problems.stream().noneMatch(p -> p.kind().equals(UNREADABLE_TABLE));
        for (StillStore.Entry f : files) {
            if (!known.contains(f.fileName()) && rowsComplete) {
                problems.add(new Problem(ORPHAN, org.sandtray.domain.Problem.of("check.orphanFile", f.fileName())));
            }
        }
        return new Report(checked, files.size(), rehash, problems);
    }

    /**
     * Moves every still file that no row names into the library's quarantine folder, so the
     * library checks clean again; nothing is deleted (it may be a photo newer than a database
     * restored from a backup: import it again with {@code still import}). Refused on a damaged
     * database, whose rows cannot say what is an orphan.
     */
    public Repair repair() {
        db.requireWritable();
        Report report = run(false);
        if (!report.of(UNREADABLE_TABLE).isEmpty()) throw new LibraryException("check.cannotRepair");
        List<Path> moved = new ArrayList<>();
        for (Problem p : report.of(ORPHAN)) {
            String name = String.valueOf(p.what().args().get(0));
            int dot = name.lastIndexOf('.');
            StillStore.Entry entry = dot < 0 ? new StillStore.Entry(name, "") : new StillStore.Entry(name.substring(0, dot), name.substring(dot + 1));
            try {
                Path to = store.quarantine(entry);
                log.info("moved the still file {}, which no still or figure names, to {}", name, to);
                moved.add(to);
            } catch (IOException e) {
                throw new LibraryException(IoProblems.of(e, Path.of(name), db.folder()), e);
            }
        }
        return new Repair(moved);
    }

    @FunctionalInterface
    private interface RowReader {
        void row(ResultSet r) throws SQLException;
    }

    /** Reads rows until the end or the first failure, which is reported as an unreadable table. */
    private void readRows(String table, String sql, RowReader reader, List<Problem> problems) {
        try {
            db.read(c -> {
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                    while (r.next()) reader.row(r);
                }
                return null;
            });
        } catch (LibraryException e) {
            problems.add(new Problem(UNREADABLE_TABLE, org.sandtray.domain.Problem.of("check.unreadableTable", table, sqliteWords(e))));
        }
    }

    /** SQLite's own words for a failure (they name the damage), else the library's. */
    private static Object sqliteWords(LibraryException e) {
        if (e.getCause() instanceof SQLException sql && sql.getMessage() != null) {
            return sql.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        }
        return e.problem();
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private List<Problem> databaseProblems() {
        List<Problem> out = new ArrayList<>();
        try {
            db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("PRAGMA integrity_check(" + INTEGRITY_LINES + ")"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (!"ok".equals(r.getString(1))) out.add(new Problem(DATABASE, org.sandtray.domain.Problem.of("check.integrity", r.getString(1))));
                    }
                }
                return null;
            });
        } catch (LibraryException e) {
            // so damaged that SQLite's own check stops: what was found when opening still counts
            for (String line : damage) out.add(new Problem(DATABASE, org.sandtray.domain.Problem.of("check.integrity", line)));
            if (damage.isEmpty()) out.add(new Problem(DATABASE, org.sandtray.domain.Problem.of("check.integrity", sqliteWords(e))));
        }
        try {
            db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("PRAGMA foreign_key_check"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Problem(REFERENCE, org.sandtray.domain.Problem.of("check.brokenReference", r.getString(1),
                                r.getLong(2), r.getString(3))));
                    }
                }
                return null;
            });
        } catch (LibraryException e) {
            out.add(new Problem(UNREADABLE_TABLE, org.sandtray.domain.Problem.of("check.foreignKeysUnreadable", sqliteWords(e))));
        }
        if (out.isEmpty() && !damage.isEmpty()) {
            // the structural check at open saw damage the full check did not repeat: keep it
            for (String line : damage) out.add(new Problem(DATABASE, org.sandtray.domain.Problem.of("check.integrity", line)));
        }
        return out;
    }
}
