package org.sandtray.library;

/**
 * New ids for the tables whose rows undo deletes (turns, placements, marks, annotations): one more
 * than the largest id the table holds or ever held, so an id is never given twice and a row put
 * back by redo finds its own id free (decisions/0007). The deleted maximum is kept by triggers in
 * {@code retired_ids}.
 */
final class Ids {
    private Ids() {}

    /**
     * The id the next row of the table gets, taken before the INSERT so that sealed text can be
     * bound to its row (call inside the writing transaction: the library has one writer).
     */
    static long take(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT " + next(table))) {
            r.next();
            return r.getLong(1);
        }
    }

    /** An SQL expression for the next id of the table, to use as the id value of an INSERT. */
    static String next(String table) {
        return "(SELECT MAX(IFNULL((SELECT MAX(id) FROM " + table + "), 0), "
                + "IFNULL((SELECT max_id FROM retired_ids WHERE table_name = '" + table + "'), 0)) + 1)";
    }
}
