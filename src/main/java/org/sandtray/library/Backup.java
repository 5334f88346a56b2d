package org.sandtray.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sandtray.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A library in one file: a ZIP (readable by any unzip tool) holding a consistent copy of the
 * database (SQLite's {@code VACUUM INTO}), every still file a row of that copy names, as stored
 * (so an encrypted library's files stay encrypted, and its database holds only sealed text and
 * wrapped keys), and a manifest with each entry's size and SHA-256. It is written under a
 * temporary name, flushed, read back whole against the manifest, and only then given its name;
 * the library records when (decisions/0025).
 */
public final class Backup {
    private static final Logger log = LoggerFactory.getLogger(Backup.class);
    static final String MANIFEST = "sandtray-backup.json";
    static final int FORMAT = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    /** How far the backup is, in bytes copied of the total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> {};
    }

    /** What was written. */
    public record Result(Path file, int stillFiles, long bytes, boolean encrypted) {}

    private Backup() {}

    /** Writes and verifies a backup of the library to a new file; refused if the file exists. */
    public static Result write(Library library, Path file, Progress progress) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) throw new LibraryException("backup.targetExists", target);
        Path folder = target.getParent();
        Path snapshot = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".db");
        Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createDirectories(folder);
            library.database().read(c -> {
                try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                    s.setString(1, snapshot.toString());
                    s.executeUpdate();
                }
                return null;
            });
            List<String> files = filesNamedBy(snapshot, library.folder());
            long total = Files.size(snapshot);
            for (String f : files) total += Files.size(library.folder().resolve(f));
            Map<String, Entry> written = new LinkedHashMap<>();
            long[] done = {0};
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(channel))) {
                // stored, in effect: encrypted files and photos do not compress, and level 0 streams without a second pass
                zip.setLevel(Deflater.NO_COMPRESSION);
                written.put(Database.FILE_NAME, copy(snapshot, Database.FILE_NAME, zip, done, total, progress));
                for (String f : files) written.put(f, copy(library.folder().resolve(f), f, zip, done, total, progress));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(library, written)));
                zip.closeEntry();
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            String wrong = verify(partial);
            if (wrong != null) throw new LibraryException("backup.verifyFailed", target, wrong);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
            Result result = new Result(target, files.size(), Files.size(target), library.encrypted());
            ObjectNode detail = JSON.createObjectNode().put("file", target.toString()).put("still_files", files.size())
                    .put("bytes", result.bytes()).put("encrypted", library.encrypted());
            library.database().transaction(c -> {
                LibraryState.put(c, LibraryState.LAST_BACKUP, Timestamps.format(Instant.now()));
                library.audit().append(c, "backup", detail.toString());
                return null;
            });
            log.info("backup of {} still files and the database written and verified: {} bytes", files.size(), result.bytes());
            return result;
        } catch (IOException e) {
            throw new LibraryException(Problem.of("library.notStored", IoProblems.of(e, target, folder)), e);
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(partial);
        }
    }

    /** When the last backup was written, if one was. */
    public static java.util.Optional<Instant> last(Library library) {
        return library.database().read(c -> java.util.Optional.ofNullable(Timestamps.parse(LibraryState.get(c, LibraryState.LAST_BACKUP))));
    }

    /** One entry as written: size and SHA-256. */
    record Entry(long bytes, String sha256) {}

    private static Entry copy(Path file, String name, ZipOutputStream zip, long[] done, long total, Progress progress) throws IOException {
        MessageDigest digest = ContentHash.digest();
        long bytes = 0;
        zip.putNextEntry(new ZipEntry(name));
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                bytes += n;
                done[0] += n;
            }
        }
        zip.closeEntry();
        progress.update(done[0], total);
        return new Entry(bytes, ContentHash.hex(digest.digest()));
    }

    private static ObjectNode manifest(Library library, Map<String, Entry> written) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("program", "Sandtray Recorder");
        m.put("created_at", Timestamps.format(Instant.now()));
        m.put("schema", Database.SCHEMA_VERSION);
        m.put("encrypted", library.encrypted());
        ArrayNode entries = m.putArray("entries");
        written.forEach((name, e) -> entries.addObject().put("name", name).put("bytes", e.bytes()).put("sha256", e.sha256()));
        return m;
    }

    /** Every still file and figure photo a row of the database copy names, as paths inside the library. */
    private static List<String> filesNamedBy(Path snapshot, Path libraryFolder) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + snapshot);
             PreparedStatement s = c.prepareStatement("SELECT content_hash, media_type FROM stills "
                     + "UNION SELECT photo_hash, 'image/jpeg' FROM figures WHERE photo_hash IS NOT NULL");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(PendingDeletions.stillFile(new StillStore.Entry(r.getString(1), Stills.extensionOf(r.getString(2)))));
            }
        } catch (SQLException e) {
            throw Database.translate(e, libraryFolder);
        }
        return new ArrayList<>(out);
    }

    /** Reads the backup whole against its manifest: null when every entry is as written, else what is wrong. */
    static String verify(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) return "no manifest";
            var manifest = JSON.readTree(zip.getInputStream(manifestEntry));
            if (manifest.path("format").asInt() > FORMAT) return "format " + manifest.path("format").asInt();
            int listed = 0;
            for (var e : manifest.path("entries")) {
                listed++;
                String name = e.path("name").asText();
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) return name + " is missing";
                MessageDigest digest = ContentHash.digest();
                long bytes;
                try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                    bytes = in.transferTo(OutputStream.nullOutputStream());
                }
                if (bytes != e.path("bytes").asLong() || !ContentHash.hex(digest.digest()).equals(e.path("sha256").asText())) {
                    return name + " differs from what was written";
                }
            }
            if (listed + 1 != zip.size()) return "entries not in the manifest";
            return null;
        } catch (IOException e) {
            return IoProblems.reason(e);
        }
    }

    static void syncFolder(Path folder) {
        if (!FileStillStore.FOLDER_SYNC) return;
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            log.debug("folder sync not available for {}: {}", folder, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not remove the temporary file {}: {}", file.getFileName(), e.getMessage());
        }
    }
}
