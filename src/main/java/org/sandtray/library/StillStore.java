package org.sandtray.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where still images live, addressed by the SHA-256 of their bytes. Every still byte goes in and
 * out through this interface as a stream, so encryption at rest can wrap it in one place.
 */
public interface StillStore {

    /** A file in the store: its content hash and extension (jpg or png). */
    record Entry(String hash, String extension) {
        public String fileName() { return hash + "." + extension; }
    }

    /** What was written: the content hash and the number of bytes. */
    record Stored(String hash, long bytes) {}

    /** State of one stored file against what the database expects of it. */
    enum State { PRESENT, MISSING, ALTERED }

    /**
     * Writes the content durably: a temp file, flushed to disk, then renamed into place. Returns
     * once the file can be found by its hash. An existing file with the same hash is kept.
     */
    Stored put(InputStream content, String extension) throws IOException;

    InputStream open(Entry entry) throws IOException;

    /**
     * Checks one file: MISSING if absent, ALTERED if its size differs from the expected one or,
     * when rehash is set, if its content no longer hashes to its name.
     */
    State inspect(Entry entry, long expectedBytes, boolean rehash) throws IOException;

    /** Every still file in the store. */
    List<Entry> list() throws IOException;

    void delete(Entry entry) throws IOException;
}
