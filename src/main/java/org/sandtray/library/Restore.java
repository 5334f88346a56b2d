package org.sandtray.library;

import com.fasterxml.jackson.databind.JsonNode;
import org.sandtray.domain.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts a backup ({@link Backup}) into a new or empty folder: every entry is checked against the
 * manifest while it is written (only the database and still files of the library's own layout are
 * accepted), flushed, and the library is opened (with its passphrase if encrypted) and checked
 * whole, every file rehashed. A backup that does not check is refused and what was written removed.
 */
public final class Restore {
    private static final Logger log = LoggerFactory.getLogger(Restore.class);
    private static final Pattern STILL = Pattern.compile("stills/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|png)");

    /** What was restored, and what check found. */
    public record Result(Path folder, int stillFiles, boolean encrypted, LibraryCheck.Report check) {}

    private Restore() {}

    /** True when the backup holds an encrypted library (its passphrase or recovery key is needed to restore it). */
    public static boolean encrypted(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return manifest(zip, backup).path("encrypted").asBoolean();
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, backup, backup.toAbsolutePath().getParent()), e);
        }
    }

    public static Result restore(Path backup, Path folder, Secret secret, String openedBy, Backup.Progress progress) {
        Path dir = folder.toAbsolutePath().normalize();
        requireEmpty(dir);
        boolean made = !Files.exists(dir);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            JsonNode manifest = manifest(zip, backup);
            long total = 0;
            for (JsonNode e : manifest.path("entries")) total += e.path("bytes").asLong();
            Files.createDirectories(dir);
            long done = 0;
            int stills = 0;
            Set<Path> folders = new LinkedHashSet<>();
            for (JsonNode e : manifest.path("entries")) {
                String name = e.path("name").asText();
                if (!name.equals(Database.FILE_NAME) && !STILL.matcher(name).matches()) {
                    throw new LibraryException("backup.damaged", backup, "unexpected entry " + name);
                }
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) throw new LibraryException("backup.damaged", backup, name + " is missing");
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
                MessageDigest digest = ContentHash.digest();
                long bytes;
                try (InputStream in = zip.getInputStream(entry);
                     FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
                    bytes = in.transferTo(out);
                    out.flush();
                    channel.force(true);
                }
                if (bytes != e.path("bytes").asLong() || !ContentHash.hex(digest.digest()).equals(e.path("sha256").asText())) {
                    throw new LibraryException("backup.damaged", backup, name + " differs from what was written");
                }
                if (!name.equals(Database.FILE_NAME)) stills++;
                done += bytes;
                progress.update(done, total);
            }
            folders.add(dir);
            for (Path f : folders) Backup.syncFolder(f);
            LibraryCheck.Report check;
            boolean encrypted;
            try (Library library = Library.open(dir, openedBy, secret)) {
                check = library.check().run(true);
                encrypted = library.encrypted();
                if (!check.ok()) {
                    throw new LibraryException("restore.checkFailed", dir, check.problems().get(0).what().english());
                }
                library.audit().record("restore", Backup.JSON.createObjectNode().put("from", backup.toAbsolutePath().toString())
                        .put("still_files", stills).toString());
            }
            log.info("restored {} still files and the database into {}; check passed", stills, dir);
            return new Result(dir, stills, encrypted, check);
        } catch (IOException e) {
            undo(dir, made);
            throw new LibraryException(Problem.of("library.notStored", IoProblems.of(e, dir, dir)), e);
        } catch (RuntimeException e) {
            undo(dir, made);
            throw e;
        }
    }

    private static JsonNode manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(Backup.MANIFEST);
        if (entry == null) throw new LibraryException("backup.notABackup", backup);
        JsonNode manifest = Backup.JSON.readTree(zip.getInputStream(entry));
        int format = manifest.path("format").asInt();
        if (format > Backup.FORMAT) throw new LibraryException("backup.unknownFormat", backup, format);
        return manifest;
    }

    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new LibraryException("library.notAFolder", dir);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) throw new LibraryException("restore.folderNotEmpty", dir);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, dir, dir), e);
        }
    }

    /** Removes what a refused restore wrote: the folder was new or empty, so all of it is the restore's. */
    private static void undo(Path dir, boolean made) {
        if (!Files.isDirectory(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!made && p.equals(dir)) continue;
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("could not remove what the refused restore wrote into {}: {}", dir, e.getMessage());
        }
    }
}
