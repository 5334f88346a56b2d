package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Still;
import org.sandtray.domain.StillPick;
import org.sandtray.domain.TakenAtSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Photographs of the tray. The image is written to the still store (temp file, flushed, renamed)
 * before the row that points to it is committed, so a row never points to a missing or partial file.
 */
public final class Stills {
    private static final Logger log = LoggerFactory.getLogger(Stills.class);
    /** A still file larger than this is refused before it is read. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /**
     * Where a still came from and what it belongs to. Round, student, tray setup and turn are
     * optional; without a turn the still follows the session's latest turn when it is stored.
     */
    public record Meta(long sessionId, Instant takenAt, Integer round, String studentCode, Long traySetupId, String source,
                       TakenAtSource takenAtSource, Long turnId) {
        public Meta {
            if (takenAtSource == null) takenAtSource = TakenAtSource.CAMERA;
        }

        /** A still from the program's camera, taken after the session's latest turn. */
        public Meta(long sessionId, Instant takenAt, Integer round, String studentCode, Long traySetupId, String source) {
            this(sessionId, takenAt, round, studentCode, traySetupId, source, TakenAtSource.CAMERA, null);
        }
    }

    private final Database db;
    private final StillStore store;
    private final FieldCodec codec;
    private final StoreWrites writes;
    private final AuditLog audit;

    Stills(Database db, StillStore store, FieldCodec codec, AuditLog audit) {
        this.audit = audit;
        this.db = db;
        this.store = store;
        this.codec = codec;
        this.writes = new StoreWrites(db, store);
    }

    /**
     * Imports an image file: checked whole (JPEG or PNG, complete, at most 50 megapixels, its
     * pixels decoded) before anything is stored.
     */
    public Still importFile(Path file, long sessionId, Integer round, String studentCode) {
        return importFile(file, sessionId, round, studentCode, null);
    }

    /**
     * Imports an image file taken after the given turn (null: the session's latest). Its time is the
     * photo's EXIF DateTimeOriginal when it carries one, else the file's modification time; the
     * still records which.
     */
    public Still importFile(Path file, long sessionId, Integer round, String studentCode, Long turnId) {
        byte[] data;
        try {
            data = readImageFile(file);
        } catch (LibraryException e) {
            throw new LibraryException(e, "still.importFailed", file.getFileName(), e);
        }
        Optional<Instant> exif = PhotoTime.original(data, ZoneId.systemDefault());
        Instant takenAt;
        try {
            takenAt = exif.isPresent() ? exif.get() : Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, file, file.toAbsolutePath().getParent()), e);
        }
        TakenAtSource clock = exif.isPresent() ? TakenAtSource.EXIF : TakenAtSource.FILE;
        try {
            return add(data, new Meta(sessionId, takenAt, round, studentCode, null, "file:" + file.getFileName(), clock, turnId));
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

    /**
     * Stores image bytes as a new still of the session; the image's structure is checked first (its
     * pixels are not decoded: the camera's own JPEGs need not be; see {@link #importFile}). A still
     * of an individual session whose pupil has no photo consent in force on the day it was taken is
     * refused, naming the pupil; one of a group session with such a member is stored and marked
     * ({@link Consents}).
     */
    public Still add(byte[] data, Meta meta) {
        ImageProbe.ImageInfo info = ImageProbe.probe(data);
        LocalDate day = LocalDate.ofInstant(meta.takenAt(), ZoneId.systemDefault());
        db.read(c -> {
            Sessions.requireExists(c, meta.sessionId());
            if (meta.studentCode() != null) Students.requireId(c, meta.studentCode());
            String individual = Sessions.individualStudent(c, meta.sessionId());
            if (individual != null && !Consents.photoMissing(c, meta.sessionId(), day).isEmpty()) {
                throw new LibraryException("still.noPhotoConsent", individual, day);
            }
            return null;
        });
        long id = writes.write(data, info.extension(), (c, staged) -> insert(c, meta, info, staged));
        return require(id);
    }

    private long insert(Connection c, Meta meta, ImageProbe.ImageInfo info, StillStore.Staged stored) throws SQLException {
        Long turnId = meta.turnId() != null ? Long.valueOf(Turns.requireInSession(c, meta.turnId(), meta.sessionId()).id())
                : Turns.lastTurnId(c, meta.sessionId());
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
        long id = Ids.take(c, "stills");
        LocalDate day = LocalDate.ofInstant(meta.takenAt(), ZoneId.systemDefault());
        boolean unconsented = !Consents.photoMissing(c, meta.sessionId(), day).isEmpty();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stills(id, session_id, taken_at, round, turn_id, student_id, "
                + "content_hash, media_type, width, height, bytes, tray_setup_id, source, created_at, taken_at_source, no_photo_consent) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, meta.sessionId());
            s.setString(3, Timestamps.format(meta.takenAt()));
            Jdbc.setInt(s, 4, round);
            Jdbc.setLong(s, 5, turnId);
            Jdbc.setLong(s, 6, meta.studentCode() == null ? null : Students.requireId(c, meta.studentCode()));
            s.setString(7, stored.hash());
            s.setString(8, info.mediaType());
            s.setInt(9, info.width());
            s.setInt(10, info.height());
            s.setLong(11, stored.bytes());
            Jdbc.setLong(s, 12, traySetup);
            s.setString(13, codec.seal(Sealed.STILL_SOURCE, id, meta.source()));
            s.setString(14, Timestamps.format(Instant.now()));
            s.setString(15, meta.takenAtSource().code());
            s.setInt(16, unconsented ? 1 : 0);
            s.executeUpdate();
            if (unconsented) log.info("still {} of session {} stored and marked: a member has no photo consent in force", id, meta.sessionId());
            return id;
        }
    }

    /**
     * A still shows what was done up to the turn it was taken after: when a figure on it was placed
     * or moved in a later turn, the photo was taken after that turn, and its turn (and round, where
     * it followed the turn) moves there; its seen marks follow. Never moves a still to an earlier turn.
     */
    static void takenNoEarlierThan(Connection c, long stillId, Turns.Key turn) throws SQLException {
        Long current;
        Integer round;
        try (PreparedStatement s = c.prepareStatement("SELECT turn_id, round FROM stills WHERE id = ?")) {
            s.setLong(1, stillId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new LibraryException("still.notFound", stillId);
                current = Jdbc.getLong(r, "turn_id");
                round = Jdbc.getInt(r, "round");
            }
        }
        Turns.Key now = current == null ? null : Turns.key(c, current);
        if (now != null && !turn.after(now)) return;
        boolean roundFollowsTurn = round == null || (now != null && round == now.round());
        try (PreparedStatement s = c.prepareStatement("UPDATE stills SET turn_id = ?, round = ? WHERE id = ?")) {
            s.setLong(1, turn.id());
            Jdbc.setInt(s, 2, roundFollowsTurn ? Integer.valueOf(turn.round()) : round);
            s.setLong(3, stillId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE placement_marks SET turn_id = ?, happened_at = ? "
                + "WHERE still_id = ? AND event = 'seen'")) {
            s.setLong(1, turn.id());
            s.setString(2, Timestamps.format(turn.recordedAt()));
            s.setLong(3, stillId);
            s.executeUpdate();
        }
    }

    /** Every still of the session, rejected ones included, in the order they were taken. */
    public List<Still> list(long sessionId) {
        return list(sessionId, true);
    }

    /**
     * The session's stills in the order they were taken; without the rejected ones when
     * includeRejected is false (what review and export show).
     */
    private List<Still> list(long sessionId, boolean includeRejected) {
        return db.read(c -> {
            List<Still> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE s.session_id = ?"
                    + (includeRejected ? "" : " AND s.pick IS NOT 'rejected'") + " ORDER BY s.taken_at, s.id")) {
                s.setLong(1, sessionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(read(r));
                }
            }
            return out;
        });
    }

    /** Every still of the given sessions, by session, in the order they were taken. */
    public List<Still> list(Collection<Long> sessionIds) {
        return db.read(c -> {
            List<Still> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE s.session_id IN (SELECT value FROM json_each(?)) "
                    + "ORDER BY s.session_id, s.taken_at, s.id")) {
                s.setString(1, Jdbc.jsonArray(sessionIds));
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

    // ---- culling, the final tray, deletion (issue 12) --------------------------------------------

    /**
     * Stars or rejects a still, or clears both (NONE). The still chosen as the session's final tray
     * cannot be rejected: another still is chosen first.
     *
     * @return the still as it was before, so the change can be taken back
     */
    public Still setPick(long stillId, StillPick pick) {
        return db.transaction(c -> {
            Still before = require(c, stillId);
            if (pick == StillPick.REJECTED && before.finalTray()) throw new LibraryException("still.finalNotRejected", stillId);
            try (PreparedStatement s = c.prepareStatement("UPDATE stills SET pick = ? WHERE id = ?")) {
                s.setString(1, pick.code());
                s.setLong(2, stillId);
                s.executeUpdate();
            }
            return before;
        });
    }

    /**
     * Chooses the still that shows the session's final tray (null: no choice, the last still that
     * is not rejected counts). A rejected still cannot be the final tray.
     *
     * @return the still chosen before, or null when there was none
     */
    public Long setFinal(long sessionId, Long stillId) {
        return db.transaction(c -> {
            Sessions.requireExists(c, sessionId);
            if (stillId != null) {
                Still still = require(c, stillId);
                if (still.sessionId() != sessionId) throw new LibraryException("still.notInSession", stillId, sessionId);
                if (still.rejected()) throw new LibraryException("still.rejectedNotFinal", stillId);
            }
            Long before = chosenFinal(c, sessionId);
            try (PreparedStatement s = c.prepareStatement("UPDATE stills SET final_tray = 0 WHERE session_id = ? AND final_tray = 1")) {
                s.setLong(1, sessionId);
                s.executeUpdate();
            }
            if (stillId != null) {
                try (PreparedStatement s = c.prepareStatement("UPDATE stills SET final_tray = 1 WHERE id = ?")) {
                    s.setLong(1, stillId);
                    s.executeUpdate();
                }
            }
            return before;
        });
    }

    /** The still the counselor chose as the session's final tray, or null. */
    static Long chosenFinal(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM stills WHERE session_id = ? AND final_tray = 1")) {
            s.setLong(1, sessionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /**
     * The still that shows the session's final tray: the one the counselor chose, else the last
     * still taken that is not rejected; empty when there is none.
     */
    public Optional<Still> finalOf(long sessionId) {
        return finalOf(list(sessionId, false));
    }

    /** The final tray among one session's stills (in the order taken): the chosen one, else the last not rejected. */
    public static Optional<Still> finalOf(List<Still> stills) {
        Still last = null;
        for (Still s : stills) {
            if (s.finalTray()) return Optional.of(s);
            if (!s.rejected()) last = s;
        }
        return Optional.ofNullable(last);
    }

    /** What deleting a still took with it. */
    public record Deletion(Still still, int marks, int placements, int annotations, boolean fileRemoved) {}

    /**
     * Deletes a still for good (a photo that caught a child's face, or a pupil without photo
     * consent): its row, its marks and annotations, the placements tagged on it alone, and its
     * image file (unless another still or a figure photo has the very same bytes). Cannot be
     * undone: the id is never given again. The row goes first, so a failure to remove the file
     * leaves an unreferenced file that {@code check} names, never a row without its file.
     */
    public Deletion delete(long stillId) {
        Deletion done = db.transaction(c -> {
            Still still = require(c, stillId);
            int marks = Jdbc.count(c, "SELECT COUNT(*) FROM placement_marks WHERE still_id = ?", stillId);
            int annotations = Jdbc.count(c, "SELECT COUNT(*) FROM annotations WHERE still_id = ?", stillId);
            List<Long> touched = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT placement_id FROM placement_marks WHERE still_id = ?")) {
                s.setLong(1, stillId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) touched.add(r.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM stills WHERE id = ?")) {
                s.setLong(1, stillId);
                s.executeUpdate();
            }
            int placements = 0;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM placements WHERE id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM placement_marks m WHERE m.placement_id = placements.id)")) {
                for (long id : touched) {
                    s.setLong(1, id);
                    placements += s.executeUpdate();
                }
            }
            audit.append(c, "delete", "{\"still\": " + stillId + ", \"session\": " + still.sessionId() + "}");
            return new Deletion(still, marks, placements, annotations, false);
        });
        StillStore.Entry entry = new StillStore.Entry(done.still().contentHash(), extensionOf(done.still().mediaType()));
        boolean shared = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM stills WHERE content_hash = ? "
                    + "UNION ALL SELECT 1 FROM figures WHERE photo_hash = ? LIMIT 1")) {
                s.setString(1, entry.hash());
                s.setString(2, entry.hash());
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
        if (shared) return done;
        try {
            store.delete(entry);
        } catch (IOException e) {
            throw new LibraryException(Problem.of("still.fileNotDeleted", stillId,
                    IoProblems.of(e, db.folder().resolve(FileStillStore.FOLDER), db.folder())), e);
        }
        return new Deletion(done.still(), done.marks(), done.placements(), done.annotations(), true);
    }

    /** What deleting the still would take with it, for the question asked first. */
    public Deletion deletionOf(long stillId) {
        return db.read(c -> {
            Still still = require(c, stillId);
            int marks = Jdbc.count(c, "SELECT COUNT(*) FROM placement_marks WHERE still_id = ?", stillId);
            int annotations = Jdbc.count(c, "SELECT COUNT(*) FROM annotations WHERE still_id = ?", stillId);
            int placements = Jdbc.count(c, "SELECT COUNT(DISTINCT m.placement_id) FROM placement_marks m WHERE m.still_id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM placement_marks o WHERE o.placement_id = m.placement_id AND o.still_id <> m.still_id)",
                    stillId);
            return new Deletion(still, marks, placements, annotations, false);
        });
    }

    private Still require(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE s.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new LibraryException("still.notFound", id);
                return read(r);
            }
        }
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

    /**
     * The stills of the session taken while a member had no photo consent in force: always exported
     * de-identified with blur, and shown as such in the window.
     */
    public java.util.Set<Long> withoutPhotoConsent(long sessionId) {
        return db.read(c -> {
            java.util.Set<Long> out = new java.util.LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM stills WHERE session_id = ? AND no_photo_consent = 1 ORDER BY id")) {
                s.setLong(1, sessionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getLong(1));
                }
            }
            return out;
        });
    }

    private Still read(ResultSet r) throws SQLException {
        long id = r.getLong("id");
        return new Still(id, r.getLong("session_id"), Timestamps.parse(r.getString("taken_at")),
                Jdbc.getInt(r, "round"), Jdbc.getLong(r, "turn_id"), r.getString("student_code"),
                r.getString("content_hash"), r.getString("media_type"), r.getInt("width"), r.getInt("height"),
                r.getLong("bytes"), Jdbc.getLong(r, "tray_setup_id"), codec.open(Sealed.STILL_SOURCE, id, r.getString("source")),
                TakenAtSource.fromCode(r.getString("taken_at_source")), StillPick.fromCode(r.getString("pick")),
                r.getInt("final_tray") == 1);
    }
}
