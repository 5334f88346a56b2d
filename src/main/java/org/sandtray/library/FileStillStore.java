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
import java.util.function.Predicate;

/**
 * Still files in the library folder: {@code stills/ab/abcdef....jpg}, where {@code ab} are the
 * first two hex digits of the file's name: the SHA-256 of the photo in a plain library, a keyed
 * hash of it in an encrypted one, whose files are encrypted ({@link StillCipher}). A write is staged as {@code stills/.tmp-UUID.jpg}
 * (written, fsynced, folder fsynced) and renamed into place only after its row is committed
 * (then the shard folder is fsynced): see docs/decisions/0014-still-files-appear-after-their-row.md.
 */
public final class FileStillStore implements StillStore {
    static final String FOLDER = "stills";
    /** Files no row names, moved out of the store by {@code check --repair}; never deleted by the program. */
    static final String QUARANTINE = "quarantine";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final Logger log = LoggerFactory.getLogger(FileStillStore.class);
    static final boolean FOLDER_SYNC = folderSyncExists(System.getProperty("os.name", ""));

    /** Reads and writes in blocks this large (an encrypted file's 4 KB segments are not each a system call). */
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final boolean durable;
    private final StillCipher cipher;

    /**
     * @param durable flush every file and its folder to disk before returning; only a generator of
     *                throw-away test libraries turns this off
     */
    public FileStillStore(Path libraryFolder, boolean durable) {
        this(libraryFolder, durable, StillCipher.PLAIN);
    }

    FileStillStore(Path libraryFolder, boolean durable, StillCipher cipher) {
        this.root = libraryFolder.resolve(FOLDER);
        this.durable = durable;
        this.cipher = cipher;
    }

    Path root() { return root; }

    Path pathOf(Entry entry) {
        return root.resolve(entry.hash().substring(0, 2)).resolve(entry.fileName());
    }

    @Override
    public Staged stage(InputStream content, String extension) throws IOException {
        Files.createDirectories(root);
        String tempName = TEMP_PREFIX + UUID.randomUUID() + "." + extension;
        Path temp = root.resolve(tempName);
        byte[] bytes = content.readAllBytes();
        try {
            String name = cipher.name(new java.io.ByteArrayInputStream(bytes));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // buffered: an encrypted file is written segment by segment, and each small write would be a system call
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                cipher.write(bytes, out);
                out.flush();
                if (durable) channel.force(true);
            }
            // the temp file's name must survive a power cut too: the row about to be committed relies on it
            if (durable) syncFolder(root);
            return new Staged(name, bytes.length, extension, tempName);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public void publish(Staged staged) throws IOException {
        Path temp = root.resolve(staged.tempName());
        Path target = pathOf(staged.entry());
        if (Files.isRegularFile(target)) {
            if (staged.hash().equals(hashOf(target))) {
                Files.deleteIfExists(temp); // the same photo is already stored
                return;
            }
            log.info("the still file {} was damaged (its bytes no longer match its name); replaced with the good copy just stored",
                    target.getFileName());
        }
        Files.createDirectories(target.getParent());
        moveIntoPlace(temp, target);
        if (durable) syncFolder(target.getParent());
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(root.resolve(staged.tempName()));
        } catch (IOException e) {
            log.warn("could not remove the unfinished still file {}: {}", staged.tempName(), e.getMessage());
        }
    }

    @Override
    public Recovery recover(Predicate<Entry> named) throws IOException {
        if (!Files.isDirectory(root)) return new Recovery(0, 0);
        int forward = 0;
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(root, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                String name = temp.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String extension = dot > TEMP_PREFIX.length() ? name.substring(dot + 1) : "";
                String hash = hashOf(temp);
                Entry entry = new Entry(hash == null ? "" : hash, extension);
                if (hash != null && !extension.isEmpty() && named.test(entry)) {
                    // committed but not yet in place: the crash came between the commit and the rename
                    publish(new Staged(entry.hash(), Files.size(temp), extension, name));
                    log.info("finished an interrupted still write: {} moved into place (its row was committed)", entry.fileName());
                    forward++;
                } else {
                    // never committed, so never acknowledged: nobody was told this still exists
                    long size = Files.size(temp);
                    Files.deleteIfExists(temp);
                    log.info("removed an unfinished still file left by an interrupted write ({} bytes; no committed row names it)", size);
                    removed++;
                }
            }
        }
        if (durable && removed > 0) syncFolder(root);
        return new Recovery(forward, removed);
    }

    /** The name the file's content calls for; null when an encrypted file does not decrypt (altered or cut short). */
    private String hashOf(Path file) throws IOException {
        try (InputStream in = cipher.read(new java.io.BufferedInputStream(Files.newInputStream(file), BUFFER))) {
            return cipher.name(in);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            if (cipher == StillCipher.PLAIN) throw e;
            log.debug("{} does not decrypt: {}", file.getFileName(), e.getMessage());
            return null;
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
     * Makes a rename or a new file's name durable. Windows cannot open a folder as a file (NTFS
     * journals the rename itself), so there it is skipped; see docs/data-format.md, "Still files".
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
            return cipher.read(new java.io.BufferedInputStream(Files.newInputStream(pathOf(entry)), BUFFER));
        } catch (NoSuchFileException e) {
            throw new LibraryException(e, "still.fileMissing", entry.fileName());
        }
    }

    @Override
    public State inspect(Entry entry, long expectedBytes, boolean rehash) throws IOException {
        Path path = pathOf(entry);
        if (!Files.isRegularFile(path)) return State.MISSING;
        if (Files.size(path) != cipher.storedSize(expectedBytes)) return State.ALTERED;
        if (!rehash) return State.PRESENT;
        return entry.hash().equals(hashOf(path)) ? State.PRESENT : State.ALTERED;
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

    /** Where a listed entry is: in its shard, dropped straight into the still folder, or in another shard (a file copied in by hand). */
    private Path locate(Entry entry) throws IOException {
        String name = entry.extension().isEmpty() ? entry.hash() : entry.fileName();
        if (entry.hash().length() >= 2 && Files.exists(pathOf(entry))) return pathOf(entry);
        if (Files.isRegularFile(root.resolve(name))) return root.resolve(name);
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path shard : shards) if (Files.isRegularFile(shard.resolve(name))) return shard.resolve(name);
        }
        throw new NoSuchFileException(name);
    }

    @Override
    public Path quarantine(Entry entry) throws IOException {
        Path source = locate(entry);
        Path folder = root.resolveSibling(QUARANTINE);
        Files.createDirectories(folder);
        Path target = folder.resolve(source.getFileName());
        for (int i = 2; Files.exists(target); i++) target = folder.resolve(i + "-" + source.getFileName());
        moveIntoPlace(source, target);
        if (durable) {
            syncFolder(folder);
            syncFolder(source.getParent());
        }
        return target;
    }

    @Override
    public void delete(Entry entry) throws IOException {
        Files.deleteIfExists(pathOf(entry));
    }
}
