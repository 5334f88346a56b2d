package org.sandtray.library;

import org.sandtray.domain.Still;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Photographs of the tray. The image is staged in the still store (temp file, flushed), the row
 * committed, then the file moved into place ({@link StoreWrites}): a row never points to a missing
 * or partial file, and a crash never leaves a file in place that no row names.
 */
public final class Stills {
    private static final Logger log = LoggerFactory.getLogger(Stills.class);
    /** A still file larger than this is refused before it is read. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** Where a still came from and what it belongs to. Round, student and turn are optional. */
    public record Meta(long sessionId, Instant takenAt, Integer round, String studentCode, Long traySetupId, String source) {}

    private final Database db;
    private final StillStore store;
    private final StoreWrites writes;

    Stills(Database db, StillStore store) {
        this.db = db;
        this.store = store;
        this.writes = new StoreWrites(db, store);
    }

    /**
     * Imports an image file: checked whole (JPEG or PNG, complete, at most 50 megapixels, its
     * pixels decoded) before anything is stored.
     */
    public Still importFile(Path file, long sessionId, Integer round, String studentCode) {
        Instant takenAt;
        try {
            takenAt = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            takenAt = Instant.now();
        }
        try {
            byte[] data = readImageFile(file);
            return add(data, new Meta(sessionId, takenAt, round, studentCode, null, "file:" + file.getFileName()));
        } catch (LibraryException e) {
            throw new LibraryException(e, "still.importFailed", file.getFileName(), e);
        }
    }

    /** The bytes of an image file from outside the library, its structure checked and its pixels decoded. */
    static byte[] readImageFile(Path file) {
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) throw new LibraryException("still.fileTooLarge", file, size >> 20);
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LibraryException(e, "io.noSuchFile", file);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, file, file.toAbsolutePath().getParent()), e);
        }
        ImagePixels.requireDecodable(data, ImageProbe.probe(data));
        return data;
    }

    /** Stores image bytes as a new still of the session; the image's structure is checked first (its pixels are not decoded: see {@link #importFile}). */
    public Still add(byte[] data, Meta meta) {
        ImageProbe.ImageInfo info = ImageProbe.probe(data);
        db.read(c -> {
            Sessions.requireExists(c, meta.sessionId());
            if (meta.studentCode() != null) Students.requireId(c, meta.studentCode());
            return null;
        });
        long id = writes.write(data, info.extension(), (c, staged) -> insert(c, meta, info, staged));
        return require(id);
    }

    private long insert(Connection c, Meta meta, ImageProbe.ImageInfo info, StillStore.Staged stored) throws SQLException {
        Long turnId = Turns.lastTurnId(c, meta.sessionId());
        Integer round = meta.round();
        if (round == null && turnId != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT round FROM turns WHERE id = ?")) {
                s.setLong(1, turnId);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) round = r.getInt(1);
                }
            }
        }
        Long traySetup = meta.traySetupId();
        if (traySetup == null) {
            try (PreparedStatement s = c.prepareStatement("SELECT tray_setup_id FROM sessions WHERE id = ?")) {
                s.setLong(1, meta.sessionId());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) traySetup = Jdbc.getLong(r, "tray_setup_id");
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stills(session_id, taken_at, round, turn_id, student_id, "
                + "content_hash, media_type, width, height, bytes, tray_setup_id, source, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, meta.sessionId());
            s.setString(2, Timestamps.format(meta.takenAt()));
            Jdbc.setInt(s, 3, round);
            Jdbc.setLong(s, 4, turnId);
            Jdbc.setLong(s, 5, meta.studentCode() == null ? null : Students.requireId(c, meta.studentCode()));
            s.setString(6, stored.hash());
            s.setString(7, info.mediaType());
            s.setInt(8, info.width());
            s.setInt(9, info.height());
            s.setLong(10, stored.bytes());
            Jdbc.setLong(s, 11, traySetup);
            s.setString(12, meta.source());
            s.setString(13, Timestamps.format(Instant.now()));
            return Database.insert(s);
        }
    }

    public List<Still> list(long sessionId) {
        return db.read(c -> {
            List<Still> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE s.session_id = ? ORDER BY s.taken_at, s.id")) {
                s.setLong(1, sessionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(read(r));
                }
            }
            return out;
        });
    }

    public Optional<Still> byId(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE s.id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.empty();
                }
            }
        });
    }

    public Still require(long id) {
        return byId(id).orElseThrow(() -> new LibraryException("still.notFound", id));
    }

    /** The image bytes of a still, as stored. */
    public InputStream open(Still still) throws IOException {
        return store.open(new StillStore.Entry(still.contentHash(), extensionOf(still.mediaType())));
    }

    static String extensionOf(String mediaType) {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }

    private static final String SELECT = "SELECT s.*, st.code AS student_code FROM stills s "
            + "LEFT JOIN students st ON st.id = s.student_id";

    private static Still read(ResultSet r) throws SQLException {
        return new Still(r.getLong("id"), r.getLong("session_id"), Timestamps.parse(r.getString("taken_at")),
                Jdbc.getInt(r, "round"), Jdbc.getLong(r, "turn_id"), r.getString("student_code"),
                r.getString("content_hash"), r.getString("media_type"), r.getInt("width"), r.getInt("height"),
                r.getLong("bytes"), Jdbc.getLong(r, "tray_setup_id"), r.getString("source"));
    }
}
