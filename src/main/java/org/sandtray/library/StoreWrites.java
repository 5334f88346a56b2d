package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Image bytes and the row that names them, written in the order that survives a crash: the file
 * is staged (flushed under a temporary name), the row committed, then the file moved into place.
 * A row never names a file that is not on disk, and a file is never in place without its row.
 */
final class StoreWrites {
    private static final Logger log = LoggerFactory.getLogger(StoreWrites.class);

    /** The rows to commit for the staged bytes. */
    @FunctionalInterface
    interface Rows<T> {
        T write(Connection c, StillStore.Staged staged) throws SQLException;
    }

    private final Database db;
    private final StillStore store;

    StoreWrites(Database db, StillStore store) {
        this.db = db;
        this.store = store;
    }

    <T> T write(byte[] data, String extension, Rows<T> rows) {
        db.requireWritable();
        StillStore.Staged staged;
        try {
            staged = store.stage(new ByteArrayInputStream(data), extension);
        } catch (IOException e) {
            throw new LibraryException(Problem.of("still.notStored",
                    IoProblems.of(e, db.folder().resolve(FileStillStore.FOLDER), db.folder())), e);
        }
        T result;
        try {
            result = db.transaction(c -> rows.write(c, staged));
        } catch (RuntimeException e) {
            store.discard(staged);
            throw e;
        }
        try {
            store.publish(staged);
        } catch (IOException e) {
            // the row is committed and the bytes are safe under their temporary name: the next open moves them
            log.warn("still file {} stored but not yet moved into place ({}); it will be when the library next opens",
                    staged.entry().fileName(), e.getMessage());
        }
        return result;
    }

    /** True when a still or a figure photo names the content hash. */
    static boolean referenced(Connection c, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM stills WHERE content_hash = ? "
                + "UNION ALL SELECT 1 FROM figures WHERE photo_hash = ? LIMIT 1")) {
            s.setString(1, hash);
            s.setString(2, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Removes a file no row names any more (a figure's replaced photo); a failure only leaves an orphan for check. */
    void removeIfUnreferenced(StillStore.Entry entry) {
        try {
            if (!db.read(c -> referenced(c, entry.hash()))) store.delete(entry);
        } catch (IOException | RuntimeException e) {
            log.warn("could not remove the unused still file {}: {}", entry.fileName(), e.getMessage());
        }
    }
}
