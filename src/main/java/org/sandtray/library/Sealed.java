package org.sandtray.library;

/**
 * Every column whose text identifies a pupil or records what was said or seen, and so goes
 * through the {@link FieldCodec}: encrypted in an encrypted library, with the table, column and
 * row as associated data. Student codes, figures and times stay plain (codes are the pseudonyms).
 */
public enum Sealed {
    STUDENT_NAME("students", "name"),
    GROUP_NAME("groups", "name"),
    SESSION_TITLE("sessions", "title"),
    SESSION_STORY("sessions", "story"),
    SESSION_OBSERVATIONS("sessions", "observations"),
    SESSION_THEMES("sessions", "themes"),
    TURN_NOTE("turns", "note"),
    PLACEMENT_NOTE("placements", "note"),
    ANNOTATION_TEXT("annotations", "text"),
    STILL_SOURCE("stills", "source"),
    AUDIT_DETAIL("audit_log", "detail");

    private final String table;
    private final String column;

    Sealed(String table, String column) {
        this.table = table;
        this.column = column;
    }

    public String table() { return table; }

    public String column() { return column; }

    /** The associated data of a value: {@code table.column#rowid}, so a value moved elsewhere no longer opens. */
    byte[] place(long rowId) {
        return (table + "." + column + "#" + rowId).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
