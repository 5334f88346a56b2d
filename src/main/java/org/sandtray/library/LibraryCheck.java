package org.sandtray.library;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a library end to end: the database's own integrity and foreign keys, then every still
 * file against its row (missing, altered) and every file against the rows (orphans).
 */
public final class LibraryCheck {

    /** One problem found, by kind, with what it concerns in words. */
    public record Problem(String kind, String detail) {
        @Override public String toString() { return kind + ": " + detail; }
    }

    /** What the check looked at and found. */
    public record Report(int stillsChecked, int filesListed, boolean rehashed, List<Problem> problems) {
        public boolean ok() { return problems.isEmpty(); }
    }

    private final Database db;
    private final StillStore store;

    LibraryCheck(Database db, StillStore store) {
        this.db = db;
        this.store = store;
    }

    /**
     * @param rehash read every file and compare its hash with its name (finds any alteration);
     *               without it, a file is altered only if its size changed
     */
    public Report run(boolean rehash) {
        List<Problem> problems = new ArrayList<>(databaseProblems());
        record Expected(String hash, String extension, long bytes, List<Long> stillIds) {}
        java.util.Map<String, Expected> expected = new java.util.LinkedHashMap<>();
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash, media_type, bytes FROM stills ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String hash = r.getString(2);
                    String ext = Stills.extensionOf(r.getString(3));
                    long bytes = r.getLong(4);
                    expected.computeIfAbsent(hash + "." + ext, k -> new Expected(hash, ext, bytes, new ArrayList<>()))
                            .stillIds().add(id);
                }
            }
            return null;
        });
        Set<String> known = new HashSet<>(expected.keySet());
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT photo_hash FROM figures WHERE photo_hash IS NOT NULL");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) known.add(r.getString(1) + ".jpg");
            }
            return null;
        });
        int checked = 0;
        for (Expected e : expected.values()) {
            StillStore.State state;
            try {
                state = store.inspect(new StillStore.Entry(e.hash(), e.extension()), e.bytes(), rehash);
            } catch (IOException ex) {
                problems.add(new Problem("unreadable still file", e.hash() + "." + e.extension() + " (" + ex.getMessage() + ")"));
                continue;
            }
            checked += e.stillIds().size();
            String stills = "still " + join(e.stillIds());
            if (state == StillStore.State.MISSING) problems.add(new Problem("missing still file", stills + ": " + e.hash() + "." + e.extension()));
            if (state == StillStore.State.ALTERED) problems.add(new Problem("altered still file", stills + ": " + e.hash() + "." + e.extension()
                    + " no longer holds the image that was stored"));
        }
        List<StillStore.Entry> files;
        try {
            files = store.list();
        } catch (IOException ex) {
            problems.add(new Problem("unreadable still folder", ex.getMessage()));
            files = List.of();
        }
        for (StillStore.Entry f : files) {
            if (!known.contains(f.fileName())) {
                problems.add(new Problem("orphan still file", f.fileName() + " is in the still folder but no still refers to it"));
            }
        }
        return new Report(checked, files.size(), rehash, problems);
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private List<Problem> databaseProblems() {
        return db.read(c -> {
            List<Problem> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("PRAGMA integrity_check"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!"ok".equals(r.getString(1))) out.add(new Problem("database integrity", r.getString(1)));
                }
            }
            try (PreparedStatement s = c.prepareStatement("PRAGMA foreign_key_check"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Problem("broken reference", "table " + r.getString(1) + " row " + r.getLong(2)
                            + " refers to a missing row of " + r.getString(3)));
                }
            }
            return out;
        });
    }
}
