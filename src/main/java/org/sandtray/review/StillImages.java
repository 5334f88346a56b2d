package org.sandtray.review;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.domain.InvalidValue;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Still images decoded for showing, kept in a cache bounded by memory: stepping back and forth
 * through a replay decodes each still once. Decoding is from memory (the store's stream, never a
 * temp file), with IMREAD_COLOR so the photo's EXIF orientation is applied, straight to a reduced
 * size where the view is smaller (JPEG's own scaled decoding), then to BGRA bytes a window can put
 * into an image as they are. Thread-safe: call it off the UI thread.
 */
public final class StillImages {
    /** A decoded still: BGRA, 4 bytes a pixel, rows top to bottom. */
    public record Decoded(long stillId, int width, int height, byte[] bgra) {
        long bytes() { return bgra.length; }
    }

    private record Key(long stillId, int maxWidth) {}

    private final Library library;
    private final long budget;
    private final Map<Key, Decoded> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    /** @param budgetBytes how much decoded image memory to keep (the least recently shown go first) */
    public StillImages(Library library, long budgetBytes) {
        this.library = library;
        this.budget = budgetBytes;
    }

    /** The still decoded no wider than maxWidth (0: full size), from the cache when it is there. */
    public Decoded load(Still still, int maxWidth) {
        Key key = new Key(still.id(), maxWidth <= 0 || maxWidth >= still.width() ? 0 : maxWidth);
        synchronized (this) {
            Decoded hit = cache.get(key);
            if (hit != null) return hit;
        }
        Decoded decoded = decode(still, key.maxWidth());
        synchronized (this) {
            Decoded raced = cache.putIfAbsent(key, decoded);
            if (raced != null) return raced;
            held += decoded.bytes();
            var oldest = cache.entrySet().iterator();
            while (held > budget && cache.size() > 1 && oldest.hasNext()) {
                var e = oldest.next();
                if (e.getKey().equals(key)) continue;
                held -= e.getValue().bytes();
                oldest.remove();
            }
        }
        return decoded;
    }

    /** Whether the still at this width is in the cache (a view can show a placeholder only when it is not). */
    public synchronized boolean isCached(Still still, int maxWidth) {
        return cache.containsKey(new Key(still.id(), maxWidth <= 0 || maxWidth >= still.width() ? 0 : maxWidth));
    }

    public synchronized long heldBytes() { return held; }

    private Decoded decode(Still still, int maxWidth) {
        byte[] data;
        try (InputStream in = library.stills().open(still)) {
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int flags = IMREAD_COLOR;
        if (maxWidth > 0 && still.mediaType().equals("image/jpeg")) {
            int factor = still.width() / maxWidth;
            flags = factor >= 8 ? IMREAD_REDUCED_COLOR_8 : factor >= 4 ? IMREAD_REDUCED_COLOR_4 : factor >= 2 ? IMREAD_REDUCED_COLOR_2 : IMREAD_COLOR;
        }
        try (BytePointer bytes = new BytePointer(data); Mat encoded = new Mat(1, data.length, CV_8UC1, bytes);
             Mat bgr = imdecode(encoded, flags); Mat bgra = new Mat()) {
            if (bgr.empty()) throw new InvalidValue("review.cannotDecode", still.id());
            Mat shown = bgr;
            try (Mat smaller = new Mat()) {
                if (maxWidth > 0 && bgr.cols() > maxWidth) {
                    int height = Math.max(1, (int) Math.round((double) bgr.rows() * maxWidth / bgr.cols()));
                    try (Size size = new Size(maxWidth, height)) {
                        resize(bgr, smaller, size, 0, 0, INTER_AREA);
                    }
                    shown = smaller;
                }
                cvtColor(shown, bgra, COLOR_BGR2BGRA);
            }
            byte[] out = new byte[bgra.cols() * bgra.rows() * 4];
            bgra.data().get(out);
            return new Decoded(still.id(), bgra.cols(), bgra.rows(), out);
        }
    }
}
