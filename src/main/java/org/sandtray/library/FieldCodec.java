package org.sandtray.library;

/**
 * Seals sensitive text (names, notes, stories, observations) on its way into the database and
 * opens it on the way out. Every sensitive column goes through this one interface, so encryption
 * at rest can be added here without touching a caller.
 */
public interface FieldCodec {
    String seal(String plain);

    String open(String stored);

    /** Stores text as it is: the library before encryption at rest. */
    FieldCodec PLAIN = new FieldCodec() {
        @Override public String seal(String plain) { return plain; }

        @Override public String open(String stored) { return stored; }
    };
}
