package org.sandtray.library;

import org.sandtray.domain.AuditEntry;
import org.sandtray.domain.Problem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Who opened the library and what left it: every opening, import, export, backup and erasure is
 * written here. Details are sealed. The lines form a chain: each holds the hash of the line before
 * it (SHA-256 in a plain library, a keyed hash in an encrypted one, which cannot be recomputed
 * without the passphrase), and the library keeps the hash of the last line, so {@link #verify}
 * finds a line that was changed or deleted, the last one included.
 */
public final class AuditLog {
    static final String HEAD = "audit_head";
    /** The {@code prev_hash} of the first line. */
    private static final String FIRST = "";

    private final Database db;
    private final FieldCodec codec;
    private final Function<byte[], String> lineHash;

    AuditLog(Database db, FieldCodec codec, Function<byte[], String> lineHash) {
        this.db = db;
        this.codec = codec;
        this.lineHash = lineHash;
    }

    /** SHA-256 in hex: the chain of a plain library. */
    static String sha256(byte[] line) {
        return ContentHash.hex(ContentHash.digest().digest(line));
    }

    public void record(String event, String detail) {
        db.transaction(c -> {
            append(c, event, detail);
            return null;
        });
    }

    /** Adds a line inside the caller's transaction (a write and its audit line are committed together). */
    void append(Connection c, String event, String detail) throws SQLException {
        String previous = head(c);
        long id = Ids.take(c, "audit_log");
        String at = Timestamps.format(Instant.now());
        String sealed = codec.seal(Sealed.AUDIT_DETAIL, id, detail);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log(id, at, event, detail, prev_hash) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, at);
            s.setString(3, event);
            s.setString(4, sealed);
            s.setString(5, previous);
            s.executeUpdate();
        }
        setHead(c, id, hash(previous, id, at, event, sealed));
    }

    private String hash(String previous, long id, String at, String event, String storedDetail) {
        String line = previous + "\n" + id + "\n" + at + "\n" + event + "\n" + (storedDetail == null ? "\u0000" : storedDetail);
        return lineHash.apply(line.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash the next line must hold: the last line's, as recorded when it was written. */
    private String head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM library_state WHERE key = ?")) {
            s.setString(1, HEAD);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getString(1) != null) {
                    String v = r.getString(1);
                    return v.substring(v.indexOf(' ') + 1);
                }
            }
        }
        return FIRST;
    }

    private static void setHead(Connection c, long id, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO library_state(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, HEAD);
            s.setString(2, id + " " + hash);
            s.executeUpdate();
        }
    }

    /**
     * Chains lines written before the chain existed (a library from before schema version 6), in
     * order, and records the head. Lines already chained are left as they are.
     */
    void chainUnchained() {
        db.transaction(c -> {
            rechain(c, true);
            return null;
        });
    }

    /**
     * Links the lines again from the first: only those without a link ({@code onlyUnchained}), or
     * every one (the hash changed: a library encrypted in place, after its old chain was verified).
     * Then records the head.
     */
    void rechain(Connection c, boolean onlyUnchained) throws SQLException {
        if (onlyUnchained) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM audit_log WHERE prev_hash IS NULL LIMIT 1"); ResultSet r = s.executeQuery()) {
                if (!r.next()) return;
            }
        }
        List<Line> lines = lines(c);
        String previous = FIRST;
        for (Line line : lines) {
            String link = line.prevHash;
            if (link == null || !onlyUnchained) {
                link = previous;
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET prev_hash = ? WHERE id = ?")) {
                    s.setString(1, link);
                    s.setLong(2, line.id);
                    s.executeUpdate();
                }
            }
            previous = hash(link, line.id, line.at, line.event, line.detail);
        }
        if (!lines.isEmpty()) {
            setHead(c, lines.get(lines.size() - 1).id, previous);
        } else {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM library_state WHERE key = ?")) {
                s.setString(1, HEAD); // no line: the next one is the first
                s.executeUpdate();
            }
        }
    }

    /** Sets the head to the last line as it is (a salvaged library whose lines were copied in). */
    void headAtLastLine(Connection c) throws SQLException {
        List<Line> lines = lines(c);
        if (lines.isEmpty()) return;
        Line last = lines.get(lines.size() - 1);
        setHead(c, last.id, hash(last.prevHash == null ? FIRST : last.prevHash, last.id, last.at, last.event, last.detail));
    }

    /** A line as stored. */
    private record Line(long id, String at, String event, String detail, String prevHash) {}

    private static List<Line> lines(Connection c) throws SQLException {
        List<Line> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, at, event, detail, prev_hash FROM audit_log ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(new Line(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
        return out;
    }

    /**
     * Walks the chain: a line whose link does not match the line before it follows a line that was
     * changed or deleted; a head that does not match the last line means the last lines were
     * changed or deleted. Empty when the log is whole.
     */
    public List<Problem> verify() {
        return db.read(c -> {
            List<Problem> out = new ArrayList<>();
            List<Line> lines = lines(c);
            String previous = FIRST;
            long previousId = 0;
            for (Line line : lines) {
                if (line.prevHash == null) {
                    out.add(Problem.of("audit.unchained", line.id));
                } else if (!line.prevHash.equals(previous)) {
                    out.add(previousId == 0 ? Problem.of("audit.firstMissing", line.id)
                            : Problem.of("audit.brokenAfter", line.id, previousId));
                }
                previous = hash(line.prevHash == null ? FIRST : line.prevHash, line.id, line.at, line.event, line.detail);
                previousId = line.id;
            }
            String head = null;
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM library_state WHERE key = ?")) {
                s.setString(1, HEAD);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) head = r.getString(1);
                }
            }
            String expected = lines.isEmpty() ? null : lines.get(lines.size() - 1).id + " " + previous;
            if (head != null && !head.equals(expected)) {
                long headId = Long.parseLong(head.substring(0, head.indexOf(' ')));
                out.add(Problem.of("audit.lastMissing", headId, previousId));
            }
            return out;
        });
    }

    public List<AuditEntry> list() {
        return db.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, event, detail FROM audit_log ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new AuditEntry(id, Timestamps.parse(r.getString(2)), r.getString(3),
                            codec.open(Sealed.AUDIT_DETAIL, id, r.getString(4))));
                }
            }
            return out;
        });
    }
}
