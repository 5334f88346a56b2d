package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decodes an imported image's pixels to prove its data holds the image its header promises. A
 * header can be whole while the picture data is cut short: such a JPEG decodes to grey below the
 * cut, such a PNG not at all. Java's own decoders are used, not OpenCV's: they report a short
 * JPEG (OpenCV returns the grey-filled image) and print nothing on stderr (libjpeg's and libpng's
 * messages under OpenCV do). Not on the capture path: capture encodes its own JPEGs.
 */
final class ImagePixels {
    private static final Logger log = LoggerFactory.getLogger(ImagePixels.class);
    /** Decoded at most this many pixels: every row is still decoded, every n-th pixel kept. */
    private static final long KEEP_PIXELS = 4_000_000L;

    private ImagePixels() {}

    /** @throws LibraryException when the pixels cannot be decoded whole */
    static void requireDecodable(byte[] data, ImageProbe.ImageInfo info) {
        List<String> warnings = new ArrayList<>();
        // in memory: ImageIO's default stream would copy the photo into a temp file (a plaintext copy, and a write that can fail)
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(info.mediaType());
            if (!readers.hasNext()) throw new IllegalStateException("no decoder for " + info.mediaType());
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) info.width() * info.height() / KEEP_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                Raster pixels = reader.canReadRaster() ? reader.readRaster(0, param) : reader.read(0, param).getRaster();
                int expectedWidth = (info.width() + step - 1) / step;
                int expectedHeight = (info.height() + step - 1) / step;
                if (pixels.getWidth() != expectedWidth || pixels.getHeight() != expectedHeight) {
                    warnings.add("decoded " + pixels.getWidth() + "x" + pixels.getHeight() + " at step " + step);
                }
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            warnings.add(e.getMessage());
        } catch (IOException | RuntimeException e) {
            warnings.add(String.valueOf(e.getMessage()));
        }
        if (!warnings.isEmpty()) {
            log.debug("image decoder: {}", warnings);
            String format = "image/png".equals(info.mediaType()) ? "PNG" : "JPEG";
            throw new LibraryException("image.pixelsMissing", format, info.width(), info.height());
        }
    }
}
