package org.sandtray.library;

/**
 * Seals sensitive text (the {@link Sealed} columns) on its way into the database and opens it on
 * the way out. Every sealed column is written and read through this one interface, with the row it
 * belongs to: a plain library stores the text as it is; an encrypted library ({@link SealedText})
 * encrypts it with the table, column and row id as associated data.
 */
public interface FieldCodec {
    /** The value to store for the text of the column in the row; null stays null. */
    String seal(Sealed column, long rowId, String plain);

    /** The text a stored value holds; null stays null. */
    String open(Sealed column, long rowId, String stored);

    /**
     * A key to find or keep unique a sealed value (a group's name) without opening every row: the
     * text itself in a plain library, a keyed hash in an encrypted one.
     */
    String lookupKey(Sealed column, String plain);

    /** True when sealed text is encrypted. */
    boolean encrypts();

    /** Stores text as it is: a library without encryption. */
    FieldCodec PLAIN = new FieldCodec() {
        @Override public String seal(Sealed column, long rowId, String plain) { return plain; }

        @Override public String open(Sealed column, long rowId, String stored) { return stored; }

        @Override public String lookupKey(Sealed column, String plain) { return plain; }

        @Override public boolean encrypts() { return false; }
    };
}
