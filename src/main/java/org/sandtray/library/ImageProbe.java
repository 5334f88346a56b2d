package org.sandtray.library;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Checks that bytes are a whole JPEG or PNG image and reads its size without decoding it: the
 * JPEG's markers from start to end-of-image, or every PNG chunk with its checksum up to IEND.
 */
public final class ImageProbe {
    /** The largest image the library takes: 50 megapixels. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** What a valid image is. */
    public record ImageInfo(String mediaType, String extension, int width, int height) {}

    private ImageProbe() {}

    /**
     * @throws LibraryException naming what is wrong: not an image, truncated, damaged or too large
     */
    public static ImageInfo probe(byte[] data) {
        ImageInfo info;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            info = probeJpeg(data);
        } else if (data.length >= 8 && ByteBuffer.wrap(data, 0, 8).getLong() == 0x89504E470D0A1A0AL) {
            info = probePng(data);
        } else {
            throw new LibraryException("image.notAnImage");
        }
        if (info.width() <= 0 || info.height() <= 0) {
            throw new LibraryException("image.noSize", info.width(), info.height());
        }
        long pixels = (long) info.width() * info.height();
        if (pixels > MAX_PIXELS) {
            throw new LibraryException("image.tooManyPixels", info.width(), info.height(), Math.round(pixels / 1e5) / 10.0);
        }
        return info;
    }

    /**
     * Checks the structure, then decodes the pixels (Java's decoders, silent): for images from
     * outside the program (imports, a folder played as a camera), never for the program's own JPEGs.
     *
     * @throws LibraryException naming what is wrong
     */
    public static ImageInfo decodable(byte[] data) {
        ImageInfo info = probe(data);
        ImagePixels.requireDecodable(data, info);
        return info;
    }

    private static ImageInfo probeJpeg(byte[] d) {
        int pos = 2;
        int width = -1;
        int height = -1;
        while (true) {
            if (pos + 4 > d.length) throw truncated("JPEG");
            if ((d[pos] & 0xFF) != 0xFF) throw new LibraryException("image.jpegBadMarker", pos);
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xFF) { pos++; continue; } // fill byte
            if (marker == 0xD9) throw new LibraryException("image.jpegNoData");
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            if (length < 2 || pos + 2 + length > d.length) throw truncated("JPEG");
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame) {
                if (length < 7) throw new LibraryException("image.jpegShortHeader");
                height = ((d[pos + 5] & 0xFF) << 8) | (d[pos + 6] & 0xFF);
                width = ((d[pos + 7] & 0xFF) << 8) | (d[pos + 8] & 0xFF);
            }
            pos += 2 + length;
            if (marker == 0xDA) break; // start of scan: entropy-coded data follows
        }
        if (width < 0) throw new LibraryException("image.jpegNoHeader");
        if (!reachesEndOfImage(d, pos)) throw truncated("JPEG");
        return new ImageInfo("image/jpeg", "jpg", width, height);
    }

    /**
     * Walks the picture data from the first scan to the end-of-image marker. Scans of a progressive
     * JPEG and the tables between them are stepped over; whatever follows the end-of-image marker
     * (zero padding, a phone's trailer, the video of a motion photo) belongs to the file, not the image.
     */
    private static boolean reachesEndOfImage(byte[] d, int pos) {
        while (pos + 1 < d.length) {
            if ((d[pos] & 0xFF) != 0xFF) {
                pos++;
                continue;
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xD9) return true;
            if (marker == 0xFF) { pos++; continue; } // fill byte
            if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) { pos += 2; continue; } // stuffed 0xFF, restart marker
            if (pos + 4 > d.length) return false;
            int length = ((d[pos + 2] & 0xFF) << 8) | (d[pos + 3] & 0xFF);
            if (length < 2) return false;
            pos += 2 + length; // a segment between scans
        }
        return false;
    }

    private static ImageInfo probePng(byte[] d) {
        ByteBuffer b = ByteBuffer.wrap(d);
        int pos = 8;
        int width = -1;
        int height = -1;
        boolean sawData = false;
        CRC32 crc = new CRC32();
        while (true) {
            if (pos + 12 > d.length) throw truncated("PNG");
            long length = Integer.toUnsignedLong(b.getInt(pos));
            if (pos + 12 + length > d.length) throw truncated("PNG");
            String type = new String(d, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            crc.reset();
            crc.update(d, pos + 4, (int) length + 4);
            long expected = Integer.toUnsignedLong(b.getInt(pos + 8 + (int) length));
            if (crc.getValue() != expected) throw new LibraryException("image.pngChecksum", type);
            if (type.equals("IHDR")) {
                width = b.getInt(pos + 8);
                height = b.getInt(pos + 12);
            } else if (type.equals("IDAT")) {
                sawData = true;
            } else if (type.equals("IEND")) {
                break;
            }
            pos += 12 + (int) length;
        }
        if (width < 0) throw new LibraryException("image.pngNoHeader");
        if (!sawData) throw new LibraryException("image.pngNoData");
        return new ImageInfo("image/png", "png", width, height);
    }

    private static LibraryException truncated(String format) {
        return new LibraryException("image.truncated", format);
    }
}
