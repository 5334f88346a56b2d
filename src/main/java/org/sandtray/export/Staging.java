package org.sandtray.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A hidden folder beside the destination where an export is written; moved into place in one
 * rename when everything is written, deleted on failure or cancel. So a full disk or a cancel
 * leaves nothing half-written, and the destination appears whole or not at all.
 */
final class Staging implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Staging.class);
    static final String PREFIX = ".sandtray-export-";

    /** Writes a file's bytes: a seam so tests can fill the disk part-way. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file, byte[] bytes) throws IOException;

        FileWriter DISK = (file, bytes) -> Files.write(file, bytes);
    }

    private final Path destination;
    private final Path folder;
    private final FileWriter writer;
    private final List<String> files = new ArrayList<>();
    private boolean moved;

    private Staging(Path destination, Path folder, FileWriter writer) {
        this.destination = destination;
        this.folder = folder;
        this.writer = writer;
    }

    static Staging beside(Path destination, FileWriter writer) throws IOException {
        Path parent = destination.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        Path folder = Files.createDirectory(parent.resolve(PREFIX + UUID.randomUUID()));
        return new Staging(destination.toAbsolutePath().normalize(), folder, writer);
    }

    Path folder() { return folder; }

    /** Writes one file at a relative path (forward slashes). */
    synchronized void write(String relative, byte[] bytes) throws IOException {
        Path target = folder.resolve(relative);
        Files.createDirectories(target.getParent());
        writer.write(target, bytes);
        files.add(relative);
    }

    synchronized List<String> files() {
        return files.stream().sorted().toList();
    }

    /** Moves the finished folder into place; an empty destination folder is replaced. */
    void moveIntoPlace() throws IOException {
        if (Files.isDirectory(destination)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(destination)) {
                if (entries.iterator().hasNext()) throw new FileAlreadyExistsException(destination.toString());
            }
            Files.delete(destination);
        }
        try {
            Files.move(folder, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(folder, destination);
        }
        moved = true;
    }

    /** Deletes the staging folder unless it was moved into place. */
    @Override
    public void close() {
        if (moved || !Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("could not remove the unfinished export at {}: {}", folder, e.getMessage());
        }
    }
}
