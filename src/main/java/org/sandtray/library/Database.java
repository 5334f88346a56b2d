package org.sandtray.library;

import org.flywaydb.core.Flyway;
import org.sandtray.domain.Problem;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's SQLite database: one connection, WAL journal, foreign keys on, schema brought up
 * to date by Flyway's versioned migrations. Access is serialised: one caller at a time.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "library.db";
    /** The newest migration this build ships; Flyway runs only when the file is behind it. */
    static final int SCHEMA_VERSION = 6;
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work done inside one transaction or one read. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** An SQL failure inside a helper that cannot throw SQLException; {@link #transaction} and {@link #read} say what it means. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) { super(cause); }

        SQLException sql() { return (SQLException) getCause(); }
    }

    private final Connection connection;
    private final Path folder;
    /** Why nothing may be written (a damaged database opened for check or salvage); null when writable. */
    private volatile Problem readOnly;

    private Database(Connection connection, Path folder) {
        this.connection = connection;
        this.folder = folder;
    }

    /** From now on every transaction is refused with this problem before it writes anything. */
    void refuseWrites(Problem why) {
        this.readOnly = why;
    }

    /** True when writes are refused (a damaged library opened read-only). */
    public boolean readOnly() {
        return readOnly != null;
    }

    /** Refuses before anything is written when the library is open read-only. */
    void requireWritable() {
        Problem why = readOnly;
        if (why != null) throw new LibraryException(why, null);
    }

    /**
     * SQLite's page-by-page check of the file's structure ({@code PRAGMA quick_check}): every
     * b-tree page, cell and free-list page is read, so a page a disk damaged is found before any
     * command answers from it. Empty when the database is sound.
     */
    List<String> structuralProblems(int limit) {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("PRAGMA quick_check(" + limit + ")")) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                String line = r.getString(1);
                if (!"ok".equals(line)) out.add(line);
            }
            return out;
        } catch (SQLException e) {
            // so damaged that the check itself cannot run (a damaged first page or schema)
            return List.of(String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
        }
    }

    /** The library folder this database lives in. */
    Path folder() { return folder; }

    /**
     * @param create       a new library: bring the empty file up to the schema; else refuse a file without it
     * @param maybeDamaged a damaged file is opened as it is (for check and salvage): no migration is tried
     */
    static Database open(Path folder, boolean durable, boolean create, boolean maybeDamaged) {
        Path file = folder.resolve(FILE_NAME);
        SQLiteDataSource dataSource = dataSource(file, durable);
        try {
            migrateIfBehind(dataSource, file, folder, create);
        } catch (LibraryException e) {
            if (!maybeDamaged || !"library.damaged".equals(e.problem().key())) throw e;
            log.info("the schema of {} cannot be read: {}", file, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
        try {
            Connection connection = dataSource.getConnection();
            return new Database(connection, folder);
        } catch (SQLException e) {
            LibraryException failure = translate(e, folder);
            if (!maybeDamaged || !"library.damaged".equals(failure.problem().key())) throw failure;
        }
        // setting the journal mode reads the schema, which is damaged: connect without any setting
        SQLiteConfig plain = new SQLiteConfig();
        plain.setBusyTimeout(5000);
        try {
            return new Database(new SQLiteDataSource(plain) {{ setUrl("jdbc:sqlite:" + file.toAbsolutePath()); }}.getConnection(), folder);
        } catch (SQLException e) {
            throw translate(e, folder);
        }
    }

    /**
     * Reads the file before it is opened for work (no migration, no setting changed), on a
     * connection of its own that only reads: how an encrypted library's keyring is read and the
     * passphrase checked before anything in the library can change. (Not a read-only connection:
     * SQLite leaves a read-only connection's journal files behind; this one removes them as it
     * closes, so a refused opening leaves the folder as it was.)
     */
    static <T> T peek(Path folder, Work<T> work) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + folder.resolve(FILE_NAME).toAbsolutePath());
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e, folder);
        }
    }

    /** True when the file's schema is behind this program's (opening it will migrate, that is write). */
    static boolean behind(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type='table' AND name='flyway_schema_history'")) {
                if (!t.next()) return true;
            }
            try (ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                int max = 0;
                while (r.next()) {
                    try {
                        max = Math.max(max, Integer.parseInt(r.getString(1)));
                    } catch (NumberFormatException e) {
                        return true; // opening says what is wrong
                    }
                }
                return max < SCHEMA_VERSION;
            }
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean durable) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // FULL: a committed still survives a power cut; OFF only for throw-away generated libraries
        config.setSynchronous(durable ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.OFF);
        config.setBusyTimeout(5000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static void migrateIfBehind(SQLiteDataSource dataSource, Path file, Path folder, boolean create) {
        int current = currentVersion(dataSource, folder);
        if (current == 0 && !create) throw new LibraryException("library.notALibrary", file);
        if (current > SCHEMA_VERSION) {
            throw new LibraryException("library.newerSchema", current, SCHEMA_VERSION);
        }
        if (current == SCHEMA_VERSION) return;
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .validateOnMigrate(true)
                    .load();
            var result = flyway.migrate();
            log.info("library {} migrated from schema {} to {} ({} migrations)", file,
                    current, result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            if (IoProblems.isDiskFull(e)) throw new LibraryException(Problem.of("library.notStored", IoProblems.diskFull(folder)), e);
            throw new LibraryException(e, "library.migrationFailed", file, e.getMessage());
        }
    }

    /** The schema version recorded by Flyway, 0 for a new file. */
    private static int currentVersion(SQLiteDataSource dataSource, Path folder) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='flyway_schema_history'")) {
                if (!t.next()) return 0;
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                int max = 0;
                while (r.next()) max = Math.max(max, Integer.parseInt(r.getString(1)));
                return max;
            }
        } catch (SQLException e) {
            throw translate(e, folder);
        } catch (NumberFormatException e) {
            throw new LibraryException(e, "library.unknownSchema", e.getMessage());
        }
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public synchronized <T> T transaction(Work<T> work) {
        requireWritable();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e, folder);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(e, folder);
        } catch (SqlFailure e) {
            rollbackQuietly();
            throw translate(e.sql(), folder);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // SQLite already rolled the transaction back (a full disk does): the first failure is the one to report
                log.debug("ending the transaction: {}", e.getMessage());
            }
        }
    }

    /** After a failure SQLite may have rolled back by itself; a second failure must not hide the first. */
    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("rollback: {}", e.getMessage());
        }
    }

    /** Runs a read outside any explicit transaction. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, folder);
        } catch (SqlFailure e) {
            throw translate(e.sql(), folder);
        }
    }

    /** Says what an SQLite failure means to the counselor; SQLite's own words stay in the log. */
    static LibraryException translate(SQLException e, Path folder) {
        String m = String.valueOf(e.getMessage());
        log.debug("SQLite: {}", m);
        // a full disk also shows as an I/O error on the WAL or its shared memory file
        boolean full = IoProblems.isDiskFull(e) || m.contains("SQLITE_IOERR") && IoProblems.freeMegabytes(folder) == 0;
        if (full) {
            return new LibraryException(Problem.of("library.notStored", IoProblems.diskFull(folder)), e);
        }
        if (m.contains("SQLITE_READONLY")) return new LibraryException(e, "library.readOnly", folder);
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")) return new LibraryException(e, "library.busy", folder);
        if (m.contains("SQLITE_NOTADB")) return new LibraryException(e, "library.notADatabase", folder.resolve(FILE_NAME));
        if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) return new LibraryException(e, "library.damaged", folder);
        if (m.contains("SQLITE_CANTOPEN")) return new LibraryException(e, "library.cannotOpenFile", folder.resolve(FILE_NAME));
        if (m.contains("SQLITE_IOERR")) return new LibraryException(e, "library.ioError", folder);
        return new LibraryException(e, "library.refused", m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
    }

    /**
     * Rewrites the database file without its free pages (VACUUM) and moves everything from the
     * journal into it, emptying the journal (a TRUNCATE checkpoint): after an erasure or an
     * encryption no old page with what was removed or replaced is left in either file.
     */
    public synchronized void compact() {
        requireWritable();
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM");
            try (ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (r.next() && r.getInt(1) != 0) log.info("the journal could not be emptied: another reader holds it");
            }
        } catch (SQLException e) {
            throw translate(e, folder);
        }
    }

    /** Executes an INSERT and returns the new row's id. */
    static long insert(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (Statement s = statement.getConnection().createStatement();
             ResultSet keys = s.executeQuery("SELECT last_insert_rowid()")) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing the library database: {}", e.getMessage());
        }
    }
}
