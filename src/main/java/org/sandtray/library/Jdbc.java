package org.sandtray.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable column access, which JDBC makes verbose. */
final class Jdbc {
    private Jdbc() {}

    /** The number a counting query with one id parameter answers ({@code SELECT COUNT(*) ... WHERE x = ?}). */
    static int count(java.sql.Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER); else s.setLong(i, v);
    }

    static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER); else s.setInt(i, v);
    }

    static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) s.setNull(i, Types.REAL); else s.setDouble(i, v);
    }

    static void setBool(PreparedStatement s, int i, Boolean v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER); else s.setInt(i, v ? 1 : 0);
    }

    static Long getLong(ResultSet r, String col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet r, String col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet r, String col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? null : v;
    }

    static Boolean getBool(ResultSet r, String col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v != 0;
    }

    /** Ids as a JSON array, for {@code IN (SELECT value FROM json_each(?))}: one parameter for any number of ids. */
    static String jsonArray(java.util.Collection<Long> ids) {
        StringBuilder b = new StringBuilder("[");
        for (Long id : ids) {
            if (b.length() > 1) b.append(',');
            b.append(id.longValue());
        }
        return b.append(']').toString();
    }
}
