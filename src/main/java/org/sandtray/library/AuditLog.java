package org.sandtray.library;

import org.sandtray.domain.AuditEntry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Who opened the library and what left it: every opening and export is written here. */
public final class AuditLog {
    private final Database db;

    AuditLog(Database db) { this.db = db; }

    public void record(String event, String detail) {
        db.transaction(c -> {
            write(c, event, detail);
            return null;
        });
    }

    /** Writes an audit line inside a change's own transaction: both are stored, or neither. */
    static void write(java.sql.Connection c, String event, String detail) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log(at, event, detail) VALUES (?, ?, ?)")) {
            s.setString(1, Timestamps.format(Instant.now()));
            s.setString(2, event);
            s.setString(3, detail);
            s.executeUpdate();
        }
    }

    public List<AuditEntry> list() {
        return db.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, event, detail FROM audit_log ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new AuditEntry(r.getLong(1), Timestamps.parse(r.getString(2)), r.getString(3), r.getString(4)));
                }
            }
            return out;
        });
    }
}
