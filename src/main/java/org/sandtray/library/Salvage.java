package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row and still file that can still be read from a library, damaged or not, into a
 * new library. Tables are copied parents first, row by row in rowid order: a range of rows on a
 * page that cannot be read is stepped over, a row the new library refuses (its parent was lost,
 * its values are garbled) is left out, a still whose file is missing or no longer matches its hash
 * is left out. Every loss is reported. The new library passes {@code check}.
 */
public final class Salvage {
    private static final Logger log = LoggerFactory.getLogger(Salvage.class);
    private static final int CHUNK = 500;
    /** A failed read is retried this far beyond the last good row, doubling each time. */
    private static final int MAX_SKIP_BITS = 40;

    /** What was copied and lost, table by table, and what became of the still files. */
    public record Report(Path to, Map<String, Integer> copied, List<Problem> lost, int filesCopied, int filesQuarantined) {
        public int rowsCopied() { return copied.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    private final Library source;
    private final Library target;
    private final Map<String, Integer> copied = new LinkedHashMap<>();
    private final List<Problem> lost = new ArrayList<>();
    /** Files read and verified for rows not yet committed, by file name. */
    private final Map<String, StillStore.Staged> pending = new HashMap<>();
    /** Files in place in the new library, named by a committed row. */
    private final Set<String> namedFiles = new HashSet<>();
    private int filesCopied;

    private Salvage(Library source, Library target) {
        this.source = source;
        this.target = target;
    }

    /**
     * @param source a library opened with {@link Library#openEvenIfDamaged}
     * @param to     a folder without a library, where the new one is made
     */
    public static Report copy(Library source, Path to, String openedBy) {
        try (Library target = Library.createForSalvage(to, openedBy)) {
            Salvage salvage = new Salvage(source, target);
            Report report = salvage.run();
            target.audit().record("salvage", "from " + source.folder() + ": " + report.rowsCopied() + " rows, "
                    + report.filesCopied() + " still files, " + report.lost().size() + " losses");
            return report;
        }
    }

    private Report run() {
        target.database().transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM audit_log"); // the source's own history is copied instead
            }
            return null;
        });
        for (String table : tablesParentsFirst()) copyTable(table);
        int quarantined = quarantineUnnamedFiles();
        return new Report(target.folder(), copied, lost, filesCopied, quarantined);
    }

    /** The new library's tables, each after every table it refers to. */
    private List<String> tablesParentsFirst() {
        return target.database().read(c -> {
            Map<String, Set<String>> parents = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY rowid")) {
                while (r.next()) parents.put(r.getString(1), new LinkedHashSet<>());
            }
            for (var e : parents.entrySet()) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_list(\"" + e.getKey() + "\")")) {
                    while (r.next()) if (!r.getString("table").equals(e.getKey())) e.getValue().add(r.getString("table"));
                }
            }
            List<String> order = new ArrayList<>();
            while (order.size() < parents.size()) {
                boolean progress = false;
                for (var e : parents.entrySet()) {
                    if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                        order.add(e.getKey());
                        progress = true;
                    }
                }
                if (!progress) throw new IllegalStateException("the schema's tables refer to each other in a circle: " + parents);
            }
            return order;
        });
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (r.next()) out.add(r.getString("name"));
        }
        return out;
    }

    private void copyTable(String table) {
        List<String> columns;
        try {
            List<String> wanted = target.database().read(c -> columns(c, table));
            List<String> present = source.database().read(c -> columns(c, table));
            columns = wanted.stream().filter(present::contains).toList();
        } catch (LibraryException e) {
            lost.add(Problem.of("salvage.tableUnreadable", table, reason(e)));
            copied.put(table, 0);
            return;
        }
        if (columns.isEmpty()) {
            lost.add(Problem.of("salvage.tableUnreadable", table, "-"));
            copied.put(table, 0);
            return;
        }
        String select = "SELECT rowid, " + quoted(columns) + " FROM \"" + table + "\" WHERE rowid > ? ORDER BY rowid LIMIT ?";
        String insert = "INSERT INTO \"" + table + "\"(" + quoted(columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        int count = 0;
        Map<Problem, Integer> refused = new LinkedHashMap<>();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = readFrom(table, select, after, columns.size());
            if (rows == null) break;
            if (rows.isEmpty()) break;
            count += insertRows(table, columns, insert, rows, refused);
            after = (Long) rows.get(rows.size() - 1)[0];
        }
        pending.values().forEach(target.store()::discard);
        pending.clear();
        for (var r : refused.entrySet()) lost.add(Problem.of("salvage.rowsRefused", table, r.getValue(), r.getKey()));
        copied.put(table, count);
    }

    /**
     * The next rows after the rowid, or an empty list at the end of the table. A chunk that
     * cannot be read is read again row by row; a row that cannot be read is stepped over, further
     * and further, until a readable row is found (the loss is reported) or nothing follows.
     */
    private List<Object[]> readFrom(String table, String select, long after, int width) {
        try {
            return read(select, after, CHUNK, width);
        } catch (LibraryException chunkFailed) {
            try {
                List<Object[]> one = read(select, after, 1, width);
                if (!one.isEmpty()) return one;
            } catch (LibraryException rowFailed) {
                // this row's page is unreadable: step over it below
            }
            for (int bit = 0; bit <= MAX_SKIP_BITS; bit++) {
                long from = after == Long.MIN_VALUE ? (1L << bit) - 1 : after + (1L << bit);
                try {
                    List<Object[]> next = read(select, from, 1, width);
                    lost.add(Problem.of("salvage.rowsUnreadable", table, after == Long.MIN_VALUE ? 1 : after + 1,
                            next.isEmpty() ? "…" : String.valueOf(next.get(0)[0]), reason(chunkFailed)));
                    return next;
                } catch (LibraryException stillFailing) {
                    // further on
                }
            }
            lost.add(Problem.of("salvage.rowsUnreadable", table, after == Long.MIN_VALUE ? 1 : after + 1, "…", reason(chunkFailed)));
            return null;
        }
    }

    private List<Object[]> read(String select, long after, int limit, int width) {
        return source.database().read(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(select)) {
                s.setLong(1, after);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Object[] row = new Object[width + 1];
                        row[0] = r.getLong(1);
                        for (int i = 0; i < width; i++) row[i + 1] = r.getObject(i + 2);
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    private int insertRows(String table, List<String> columns, String insert, List<Object[]> rows, Map<Problem, Integer> refused) {
        List<Object[]> accepted = new ArrayList<>();
        for (Object[] row : rows) {
            Problem why = keepFile(table, columns, row);
            if (why != null) refused.merge(why, 1, Integer::sum);
            else accepted.add(row);
        }
        List<String> files = new ArrayList<>();
        int n = target.database().transaction(c -> {
            int inserted = 0;
            try (PreparedStatement s = c.prepareStatement(insert)) {
                for (Object[] row : accepted) {
                    for (int i = 0; i < columns.size(); i++) s.setObject(i + 1, row[i + 1]);
                    try {
                        s.executeUpdate();
                        inserted++;
                        String file = fileOf(table, columns, row);
                        if (file != null) files.add(file);
                    } catch (SQLException e) {
                        // one refused row does not undo the others: SQLite rolls back the statement only
                        refused.merge(refusal(e), 1, Integer::sum);
                    }
                }
            }
            return inserted;
        });
        // committed: now the files these rows name go into place
        for (String file : files) {
            StillStore.Staged staged = pending.remove(file);
            if (staged != null) publish(staged);
            namedFiles.add(file);
        }
        return n;
    }

    /** The still file a row names, if it is a still or a figure with a photo. */
    private static String fileOf(String table, List<String> columns, Object[] row) {
        if (table.equals("stills")) {
            return row[columns.indexOf("content_hash") + 1] + "." + Stills.extensionOf(String.valueOf(row[columns.indexOf("media_type") + 1]));
        }
        if (table.equals("figures") && columns.contains("photo_hash") && row[columns.indexOf("photo_hash") + 1] != null) {
            return row[columns.indexOf("photo_hash") + 1] + ".jpg";
        }
        return null;
    }

    /** Why the new library refused a row. */
    private static Problem refusal(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("FOREIGN KEY")) return Problem.of("salvage.parentLost");
        return Problem.of("salvage.rowRefused", m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
    }

    /**
     * A still's file, or a figure's photo, is copied (hash verified) before its row; a still whose
     * file is lost is left out (returns why), a figure keeps its row without the photo.
     */
    private Problem keepFile(String table, List<String> columns, Object[] row) {
        if (table.equals("stills")) {
            int hash = columns.indexOf("content_hash") + 1;
            int type = columns.indexOf("media_type") + 1;
            if (hash == 0 || type == 0) return Problem.of("salvage.fileLost");
            String extension = Stills.extensionOf(String.valueOf(row[type]));
            return copyFile(String.valueOf(row[hash]), extension) ? null : Problem.of("salvage.fileLost");
        }
        if (table.equals("figures")) {
            int photo = columns.indexOf("photo_hash") + 1;
            if (photo > 0 && row[photo] != null && !copyFile(String.valueOf(row[photo]), "jpg")) {
                lost.add(Problem.of("salvage.figurePhotoLost", row[0]));
                row[photo] = null;
            }
        }
        return null;
    }

    private boolean copyFile(String hash, String extension) {
        String name = hash + "." + extension;
        if (namedFiles.contains(name) || pending.containsKey(name)) return true;
        byte[] data;
        try (InputStream in = source.store().open(new StillStore.Entry(hash, extension))) {
            data = in.readAllBytes();
        } catch (IOException | LibraryException e) {
            return false;
        }
        try {
            StillStore.Staged s = target.store().stage(new ByteArrayInputStream(data), extension);
            if (!s.hash().equals(hash)) {
                target.store().discard(s);
                return false;
            }
            pending.put(name, s);
            return true;
        } catch (IOException e) {
            throw new LibraryException(Problem.of("still.notStored", IoProblems.of(e, target.folder(), target.folder())), e);
        }
    }

    private void publish(StillStore.Staged s) {
        try {
            target.store().publish(s);
            filesCopied++;
        } catch (IOException e) {
            throw new LibraryException(Problem.of("still.notStored", IoProblems.of(e, target.folder(), target.folder())), e);
        }
    }

    /** Files of the old library that no copied row names go to the new library's quarantine folder, not its store. */
    private int quarantineUnnamedFiles() {
        int moved = 0;
        try {
            Path quarantine = target.folder().resolve(FileStillStore.QUARANTINE);
            for (StillStore.Entry entry : source.store().list()) {
                if (namedFiles.contains(entry.fileName())) continue;
                Path file = ((FileStillStore) source.store()).root().resolve(entry.hash().length() >= 2 ? entry.hash().substring(0, 2) : "")
                        .resolve(entry.fileName());
                if (!Files.isRegularFile(file)) continue;
                Files.createDirectories(quarantine);
                Files.copy(file, quarantine.resolve(entry.fileName()));
                moved++;
            }
        } catch (IOException e) {
            lost.add(Problem.of("salvage.folderUnreadable", IoProblems.reason(e)));
        }
        if (moved > 0) log.info("copied {} still files that no salvaged row names to the new library's quarantine folder", moved);
        return moved;
    }

    private static Object reason(LibraryException e) {
        if (e.getCause() instanceof SQLException sql && sql.getMessage() != null) {
            return sql.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        }
        return e.problem();
    }

    private static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
    }
}
