package org.sandtray.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sandtray.domain.Problem;

/**
 * Tells, before anything is opened or written, whether a folder holds a library that can be
 * opened, or can receive a new one. Only creating a library makes files; opening never does, so
 * a mistyped path or a lost database is reported instead of silently replaced by an empty library.
 */
final class LibraryFiles {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFiles() {}

    static void requireOpenable(Path dir) {
        Path db = dir.resolve(Database.FILE_NAME);
        if (!Files.isDirectory(dir)) throw new LibraryException("library.notFound", dir);
        if (!Files.exists(db)) {
            if (Files.isDirectory(dir.resolve(FileStillStore.FOLDER))) throw new LibraryException("library.databaseMissing", dir);
            throw new LibraryException("library.notFound", dir);
        }
        if (!Files.isRegularFile(db)) throw new LibraryException("library.notADatabase", db);
        try {
            long size = Files.size(db);
            if (size == 0) {
                // a database created in WAL mode may hold everything in its WAL until the first checkpoint
                Path wal = dir.resolve(Database.FILE_NAME + "-wal");
                if (!Files.exists(wal) || Files.size(wal) == 0) throw new LibraryException("library.emptyDatabase", db);
                return;
            }
            if (!hasSqliteHeader(db)) throw new LibraryException("library.notADatabase", db);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, db, dir), e);
        }
    }

    static void requireCreatable(Path dir) {
        if (Files.exists(dir.resolve(Database.FILE_NAME))) throw new LibraryException("library.alreadyExists", dir);
        if (Files.isDirectory(dir.resolve(FileStillStore.FOLDER))) throw new LibraryException("library.databaseMissing", dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new LibraryException("library.notAFolder", dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, dir, dir), e);
        }
        // a new library's database and catalogue take about 0.3 MB: on a fuller disk, say so before making anything
        if (IoProblems.freeBytes(dir) >= 0 && IoProblems.freeBytes(dir) < SPACE_TO_CREATE) {
            throw new LibraryException(Problem.of("library.notStored", IoProblems.diskFull(dir)), null);
        }
    }

    /** Space a new library needs: its database, journal and shared memory file. */
    static final long SPACE_TO_CREATE = 1L << 20;

    /** Removes what a failed creation made (database, journal, shared memory, empty still folder), so init can be tried again. */
    static void undoCreate(Path dir) {
        for (String name : new String[] {Database.FILE_NAME, Database.FILE_NAME + "-wal", Database.FILE_NAME + "-shm"}) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                // left for the counselor to see; init will name it
            }
        }
        try {
            Files.deleteIfExists(dir.resolve(FileStillStore.FOLDER)); // only if empty
        } catch (IOException e) {
            // not empty or not removable: left as is
        }
    }

    private static boolean hasSqliteHeader(Path db) throws IOException {
        try (InputStream in = Files.newInputStream(db)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(head, SQLITE_HEADER);
        }
    }
}
