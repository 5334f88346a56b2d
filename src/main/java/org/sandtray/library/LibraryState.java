package org.sandtray.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small facts kept in the library itself ({@code library_state}): settings that travel with it, the last backup. */
final class LibraryState {
    static final String RETENTION_YEARS = "retention_years";
    static final String LAST_BACKUP = "last_backup_at";

    private LibraryState() {}

    static String get(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM library_state WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO library_state(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
