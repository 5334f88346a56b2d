package org.sandtray.library;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/** Real image fixtures and images made from them for the failure cases. */
public final class Fixtures {
    public static final Path STUFF_JPG = Path.of("fixtures/real/stuff.jpg");
    public static final Path SMARTIES_PNG = Path.of("fixtures/real/smarties.png");
    public static final Path CHESSBOARD_PNG = Path.of("fixtures/real/chessboard.png");

    /** Photo consent given by guardian and child, recorded without a date (in force from always): stills of individual sessions are allowed. */
    public static final org.sandtray.domain.Consent PHOTOS_ALLOWED = new org.sandtray.domain.Consent(
            org.sandtray.domain.ConsentKind.PHOTO, true, true, null, null);

    private Fixtures() {}

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Copies a fixture into dir under a new name with a given modification time (the still's taken time). */
    public static Path copy(Path fixture, Path dir, String name, Instant modified) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(dir);
        Files.copy(fixture, target);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return target;
    }

    /** A real image with one different pixel, so it has a different hash: a distinct photo of the same tray. */
    public static Path variant(Path fixture, Path dir, String name, int seed, Instant modified) throws IOException {
        BufferedImage image = javax.imageio.ImageIO.read(fixture.toFile());
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        rgb.setRGB(seed % image.getWidth(), 0, 0x00FF00 + seed);
        Path target = dir.resolve(name);
        Files.createDirectories(dir);
        String format = name.endsWith(".png") ? "png" : "jpg";
        if (!javax.imageio.ImageIO.write(rgb, format, target.toFile())) throw new IOException("no writer for " + format);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return target;
    }

    public static Path truncatedCopy(Path fixture, Path dir, String name) throws IOException {
        byte[] data = Files.readAllBytes(fixture);
        return write(dir, name, java.util.Arrays.copyOf(data, data.length / 2));
    }

    /** A PNG whose picture data has one byte changed, so the chunk checksum no longer matches. */
    public static Path badCrcPng(Path fixture, Path dir, String name) throws IOException {
        byte[] data = Files.readAllBytes(fixture);
        int idat = indexOf(data, "IDAT".getBytes(StandardCharsets.US_ASCII));
        if (idat < 0) throw new AssertionError("fixture has no IDAT chunk");
        data[idat + 4 + 10] ^= 0x55; // a byte inside the first IDAT's data
        return write(dir, name, data);
    }

    public static Path textNamedJpg(Path dir, String name) throws IOException {
        return write(dir, name, "这不是照片 this is not a photo\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A structurally valid PNG (signature, IHDR, IDAT, IEND, every CRC right) whose header says
     * width x height: the size check must refuse it without decoding anything.
     */
    public static Path craftedPng(Path dir, String name, int width, int height) throws IOException {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] idat = {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}; // an empty zlib stream
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + idat.length + 12);
        png.putLong(0x89504E470D0A1A0AL);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat);
        chunk(png, "IEND", new byte[0]);
        return write(dir, name, png.array());
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.putInt(data.length).put(t).put(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.putInt((int) crc.getValue());
    }

    private static Path write(Path dir, String name, byte[] data) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), data);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Every regular file under the library's still folder (temp files included). */
    public static List<Path> stillFiles(Path library) throws IOException {
        Path stills = library.resolve("stills");
        if (!Files.exists(stills)) return List.of();
        try (Stream<Path> walk = Files.walk(stills)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    public static long count(Library library, String table) {
        return library.database().read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** The stuff photo with one pixel changed (seed): another real JPEG, in memory. */
    public static byte[] readVariant(int seed) throws IOException {
        Path dir = Files.createTempDirectory("variant");
        Path file = variant(STUFF_JPG, dir, "v" + seed + ".jpg", seed, Instant.now());
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        Files.delete(dir);
        return bytes;
    }

    /** Where the still's file is in the library (named by the SHA-256 of the photo in a plain library, by a keyed hash in an encrypted one). */
    public static Path storedFile(Path library, org.sandtray.domain.Still still) {
        return library.resolve("stills").resolve(still.contentHash().substring(0, 2)).resolve(still.fileName());
    }

    /** Where the still's file is, the still read by id. */
    public static Path storedFile(Path library, long stillId) {
        try (Library l = TestLibraries.open(library)) {
            return storedFile(library, l.stills().require(stillId));
        }
    }

    /** The photo as the library gives it back (decrypted in an encrypted library). */
    public static byte[] storedBytes(Path library, long stillId) throws IOException {
        try (Library l = TestLibraries.open(library); java.io.InputStream in = l.stills().open(l.stills().require(stillId))) {
            return in.readAllBytes();
        }
    }

    /** Opens the library just long enough to count a table's rows. */
    public static long count(Path folder, String table) {
        try (Library library = TestLibraries.open(folder, "test")) {
            return count(library, table);
        }
    }
}
