package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Still files in the library folder: {@code stills/ab/abcdef....jpg}, where {@code ab} are the
 * first two hex digits of the content hash.
 */
public final class FileStillStore implements StillStore {
    static final String FOLDER = "stills";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final Logger log = LoggerFactory.getLogger(FileStillStore.class);
    static final boolean FOLDER_SYNC = folderSyncExists(System.getProperty("os.name", ""));

    private final Path root;
    private final boolean durable;

    /**
     * @param durable flush every file and its folder to disk before returning; only a generator of
     *                throw-away test libraries turns this off
     */
    public FileStillStore(Path libraryFolder, boolean durable) {
        this.root = libraryFolder.resolve(FOLDER);
        this.durable = durable;
    }

    Path root() { return root; }

    Path pathOf(Entry entry) {
        return root.resolve(entry.hash().substring(0, 2)).resolve(entry.fileName());
    }

    @Override
    public Stored put(InputStream content, String extension) throws IOException {
        Files.createDirectories(root);
        Path temp = root.resolve(TEMP_PREFIX + UUID.randomUUID());
        MessageDigest digest = ContentHash.digest();
        long bytes;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel);
                 DigestInputStream in = new DigestInputStream(content, digest)) {
                bytes = in.transferTo(out);
                if (durable) channel.force(true);
            }
            String hash = ContentHash.hex(digest.digest());
            Path target = pathOf(new Entry(hash, extension));
            if (Files.exists(target) && Files.size(target) == bytes) {
                Files.delete(temp); // same content already stored
                return new Stored(hash, bytes);
            }
            Files.createDirectories(target.getParent());
            moveIntoPlace(temp, target);
            if (durable) syncFolder(target.getParent());
            return new Stored(hash, bytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable. Windows cannot open a folder as a file (NTFS journals the
     * rename itself), so there it is skipped; see docs/data-format.md, "Still files".
     */
    private static void syncFolder(Path folder) {
        if (!FOLDER_SYNC) return;
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            log.debug("folder sync not available for {}: {}", folder, e.getMessage());
        }
    }

    /** Whether this OS lets a folder be opened and flushed (all but Windows). */
    static boolean folderSyncExists(String osName) {
        return !osName.startsWith("Windows");
    }

    @Override
    public InputStream open(Entry entry) throws IOException {
        try {
            return Files.newInputStream(pathOf(entry));
        } catch (NoSuchFileException e) {
            throw new LibraryException(e, "still.fileMissing", entry.fileName());
        }
    }

    @Override
    public State inspect(Entry entry, long expectedBytes, boolean rehash) throws IOException {
        Path path = pathOf(entry);
        if (!Files.isRegularFile(path)) return State.MISSING;
        if (Files.size(path) != expectedBytes) return State.ALTERED;
        if (!rehash) return State.PRESENT;
        MessageDigest digest = ContentHash.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return ContentHash.hex(digest.digest()).equals(entry.hash()) ? State.PRESENT : State.ALTERED;
    }

    @Override
    public List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) return entries;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard)) {
                    // a file dropped straight into stills/ is listed so a check reports it; a temp file is a write in progress
                    if (!shard.getFileName().toString().startsWith(TEMP_PREFIX)) entries.add(entryOf(shard));
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path file : files) entries.add(entryOf(file));
                }
            }
        }
        return entries;
    }

    /** A file name that is not hash.ext is still listed, so a check reports it as an orphan. */
    private static Entry entryOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? new Entry(name, "") : new Entry(name.substring(0, dot), name.substring(dot + 1));
    }

    /** Leftovers of writes that were interrupted (power cut, full disk): never referenced by a row. */
    public int removeStaleTempFiles() throws IOException {
        if (!Files.isDirectory(root)) return 0;
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(root, TEMP_PREFIX + "*")) {
            for (Path t : temps) {
                Files.deleteIfExists(t);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public void delete(Entry entry) throws IOException {
        Files.deleteIfExists(pathOf(entry));
    }
}
