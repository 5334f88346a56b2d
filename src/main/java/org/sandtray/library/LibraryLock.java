package org.sandtray.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive OS lock on the library folder's lock file, held while the library is open. The
 * holder writes its pid into the file so a second copy can say who holds it. The lock covers one
 * byte far past the pid, not the whole file: Windows locks are mandatory, and a lock over the pid
 * would stop the second copy from reading it.
 */
final class LibraryLock implements AutoCloseable {
    static final String FILE_NAME = "library.lock";
    /** The one byte the lock covers (a lock may lie beyond the end of the file). */
    static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    /**
     * Library folders this process holds. A second open in the same process must be refused before
     * it touches the lock file: on Linux, closing any handle on a file drops every OS lock the
     * process holds on it, which would let another process in while this one still has it open.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;

    private LibraryLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    static LibraryLock acquire(Path folder) {
        Path key = keyOf(folder);
        if (!HELD.add(key)) throw new LibraryLockedException(ProcessHandle.current().pid());
        try {
            return acquire(folder, key);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static Path keyOf(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static LibraryLock acquire(Path folder, Path key) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                long pid = readPid(channel);
                channel.close();
                throw new LibraryLockedException(pid > 0 ? pid : ProcessHandle.current().pid());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new LibraryLock(channel, lock, key);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException(e, "library.cannotLock", folder, IoProblems.reason(e));
        }
    }

    private static long readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        int n = channel.read(buffer, 0);
        if (n <= 0) return -1;
        String text = new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        if (!channel.isOpen()) return; // closed already: the folder may be held by a newer open now
        try {
            if (lock.isValid()) lock.release();
        } catch (IOException ignored) {
            // the OS drops the lock when the channel closes anyway
        }
        closeQuietly(channel);
        HELD.remove(key);
    }
}
