package org.sandtray.library;

import org.sandtray.domain.Problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Says what a failed file operation means to the counselor: a full disk, a missing file, no permission. */
public final class IoProblems {
    private IoProblems() {}

    /**
     * @param file   the file being read or written
     * @param folder where the free space is measured when the disk is full (the library folder)
     */
    public static Problem of(IOException e, Path file, Path folder) {
        if (isDiskFull(e)) return diskFull(folder);
        if (e instanceof NoSuchFileException) return Problem.of("io.noSuchFile", file);
        if (e instanceof AccessDeniedException) return Problem.of("io.accessDenied", file);
        String reason = reason(e);
        if (reason.toLowerCase(Locale.ROOT).contains("read-only file system")) return Problem.of("io.readOnly", file);
        if (reason.toLowerCase(Locale.ROOT).contains("file too large")) return Problem.of("io.fileTooLarge", file);
        return Problem.of("io.failed", file, reason);
    }

    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")
                    || m.contains("sqlite_full") || m.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }

    /** "the disk is full (40 KB free at FOLDER)": the free space in a unit that does not round it to 0. */
    static Problem diskFull(Path folder) {
        return Problem.of("io.diskFull", amount(freeBytes(folder)), folder);
    }

    /** 40 KB, 1.5 MB, 820 MB, 3.4 GB. */
    static String amount(long bytes) {
        if (bytes < 0) return "?";
        if (bytes < 1L << 20) return (bytes >> 10) + " KB";
        if (bytes < 10L << 20) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
        if (bytes < 10L << 30) return (bytes >> 20) + " MB";
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }

    /** True when the library failed to store something because the disk is full. */
    static boolean isDiskFull(LibraryException e) {
        for (Object a : e.problem().args()) if (a instanceof Problem p && p.key().equals("io.diskFull")) return true;
        return e.problem().key().equals("io.diskFull");
    }

    static long freeBytes(Path folder) {
        try {
            Path p = folder;
            while (p != null && !Files.exists(p)) p = p.getParent();
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    static long freeMegabytes(Path folder) {
        try {
            Path p = folder;
            while (p != null && !Files.exists(p)) p = p.getParent();
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace() >> 20;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The operating system's own words, without a Java class name. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }
}
