package org.sandtray.library;

import org.flywaydb.core.Flyway;
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

/**
 * The library's SQLite database: one connection, WAL journal, foreign keys on, schema brought up
 * to date by Flyway's versioned migrations. Access is serialised: one caller at a time.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "library.db";
    /** The newest migration this build ships; Flyway runs only when the file is behind it. */
    static final int SCHEMA_VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work done inside one transaction or one read. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    static Database open(Path folder, boolean durable) {
        Path file = folder.resolve(FILE_NAME);
        SQLiteDataSource dataSource = dataSource(file, durable);
        migrateIfBehind(dataSource, file);
        try {
            Connection connection = dataSource.getConnection();
            return new Database(connection);
        } catch (SQLException e) {
            throw new LibraryException("cannot open the library database " + file + ": " + e.getMessage(), e);
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

    private static void migrateIfBehind(SQLiteDataSource dataSource, Path file) {
        int current = currentVersion(dataSource);
        if (current > SCHEMA_VERSION) {
            throw new LibraryException("this library was written by a newer Sandtray Recorder (schema "
                    + current + ", this program knows " + SCHEMA_VERSION + "): update the program");
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
            throw new LibraryException("cannot bring the library database " + file + " up to date: " + e.getMessage(), e);
        }
    }

    /** The schema version recorded by Flyway, 0 for a new file. */
    private static int currentVersion(SQLiteDataSource dataSource) {
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
            throw new LibraryException("cannot read the library database: " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new LibraryException("the library database has an unknown schema version: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs a read outside any explicit transaction. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static LibraryException translate(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_FULL")) {
            return new LibraryException("the disk is full: nothing was stored", e);
        }
        if (m.contains("SQLITE_READONLY")) {
            return new LibraryException("the library cannot be written (read-only file or folder): nothing was stored", e);
        }
        return new LibraryException("the library database refused the change: " + m, e);
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
