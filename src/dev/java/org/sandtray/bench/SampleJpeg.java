package org.sandtray.bench;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** JPEG images for benchmarks and generated libraries: a textured picture, made distinct by a comment segment. */
public final class SampleJpeg {
    private SampleJpeg() {}

    /** A sand-coloured, grainy picture of the given size, encoded once. */
    public static byte[] textured(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(40);
                int r = Math.min(255, 190 + grain + (x * 20 / width));
                int g = Math.min(255, 160 + grain + (y * 20 / height));
                int b = 110 + grain;
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same picture with a comment segment after the start marker, so each copy has its own hash. */
    public static byte[] variant(byte[] jpeg, long n) {
        byte[] comment = ("sandtray sample " + n).getBytes(StandardCharsets.US_ASCII);
        int segment = comment.length + 2;
        byte[] out = new byte[jpeg.length + 2 + segment];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) (segment >> 8);
        out[5] = (byte) segment;
        System.arraycopy(comment, 0, out, 6, comment.length);
        System.arraycopy(jpeg, 2, out, 6 + comment.length, jpeg.length - 2);
        return out;
    }
}
