package org.sandtray.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where still images live, addressed by the SHA-256 of their bytes. Every still byte goes in and
 * out through this interface as a stream, so encryption at rest can wrap it in one place.
 *
 * <p>A write has two steps around the commit of the row that names the file: {@link #stage}
 * writes the bytes durably under a temporary name, {@link #publish} moves them to their place once
 * the row is committed. So a file is found under its hash only if a committed row names it; what a
 * crash leaves is a temporary file, finished or removed by {@link #recover} when the library opens.
 */
public interface StillStore {

    /** A file in the store: its content hash and extension (jpg or png). */
    record Entry(String hash, String extension) {
        public String fileName() { return hash + "." + extension; }
    }

    /** Bytes written and flushed under a temporary name, not yet findable by their hash. */
    record Staged(String hash, long bytes, String extension, String tempName) {
        public Entry entry() { return new Entry(hash, extension); }
    }

    /** State of one stored file against what the database expects of it. */
    enum State { PRESENT, MISSING, ALTERED }

    /** What opening the store did with the temporary files an interrupted write left. */
    record Recovery(int rolledForward, int removed) {
        public boolean nothing() { return rolledForward == 0 && removed == 0; }
    }

    /** Writes the content to a temporary file, flushed to disk with its folder entry; returns its hash. */
    Staged stage(InputStream content, String extension) throws IOException;

    /**
     * Moves staged bytes to their place; call once the row naming them is committed. A file
     * already there is kept if it holds the same bytes, and replaced (and logged) if it is damaged.
     */
    void publish(Staged staged) throws IOException;

    /** Removes staged bytes whose row was not committed. */
    void discard(Staged staged);

    /**
     * Finishes or undoes interrupted writes: a temporary file whose hash a committed row names
     * (per {@code named}) is moved to its place, any other temporary file is removed.
     */
    Recovery recover(java.util.function.Predicate<Entry> named) throws IOException;

    InputStream open(Entry entry) throws IOException;

    /**
     * Checks one file: MISSING if absent, ALTERED if its size differs from the expected one or,
     * when rehash is set, if its content no longer hashes to its name.
     */
    State inspect(Entry entry, long expectedBytes, boolean rehash) throws IOException;

    /** Every still file in the store. */
    List<Entry> list() throws IOException;

    void delete(Entry entry) throws IOException;

    /**
     * Moves a file that no row names out of the store into the library's quarantine folder
     * (never deleted: it may be a photo newer than a database restored from a backup).
     *
     * @return where it went
     */
    java.nio.file.Path quarantine(Entry entry) throws IOException;
}
