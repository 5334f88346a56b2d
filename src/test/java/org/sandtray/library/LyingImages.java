package org.sandtray.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Images whose structure is whole (every marker and chunk checksum right, an end marker) while
 * their picture data does not hold the image their header promises: what a cut download or a
 * damaged card gives, and what a structural check alone lets through.
 */
public final class LyingImages {
    private LyingImages() {}

    /** A PNG whose header says 400x300 and whose compressed data holds only 100 rows. */
    public static Path png(Path dir, String name) throws IOException {
        int width = 400;
        int height = 300;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height / 3; y++) {
            raw.write(0); // filter: none
            for (int x = 0; x < width * 3; x++) raw.write((x + y) & 0xFF);
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[1 << 20];
        byte[] idat = Arrays.copyOf(buffer, deflater.deflate(buffer));
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat);
        chunk(png, "IEND", new byte[0]);
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), png.toByteArray());
    }

    /** A real JPEG cut a quarter into its picture data, with its end-of-image marker put back. */
    public static Path jpeg(Path dir, String name) throws IOException {
        byte[] d = Files.readAllBytes(Fixtures.STUFF_JPG);
        int sos = indexOf(d, new byte[] {(byte) 0xFF, (byte) 0xDA});
        int scan = sos + 2 + (((d[sos + 2] & 0xFF) << 8) | (d[sos + 3] & 0xFF));
        byte[] cut = Arrays.copyOf(d, scan + (d.length - scan) / 4 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), cut);
    }

    /** A real JPEG whose frame header claims three times its height. */
    public static Path tallJpeg(Path dir, String name) throws IOException {
        byte[] d = Files.readAllBytes(Fixtures.STUFF_JPG);
        int sof = indexOf(d, new byte[] {(byte) 0xFF, (byte) 0xC0});
        int height = ((d[sof + 5] & 0xFF) << 8) | (d[sof + 6] & 0xFF);
        d[sof + 5] = (byte) ((height * 3) >> 8);
        d[sof + 6] = (byte) (height * 3);
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), d);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        throw new AssertionError("marker not found");
    }
}
