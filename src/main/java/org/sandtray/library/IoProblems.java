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

    /** "the disk is full (N MB free at FOLDER)". */
    static Problem diskFull(Path folder) {
        return Problem.of("io.diskFull", freeMegabytes(folder), folder);
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
