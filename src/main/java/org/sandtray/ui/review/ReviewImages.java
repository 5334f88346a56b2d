package org.sandtray.ui.review;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.review.StillImages;
import org.sandtray.ui.Background;
import org.sandtray.ui.StillDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review screens' pictures (replay, a pupil's year, comparison): decoded on a worker thread
 * at the width the screen shows them, each once however many views ask, and kept in a cache
 * bounded by memory (least recently shown go first), shared by the screens of one window so
 * going back to a pupil's year finds its thumbnails ready. Used on the JavaFX thread only.
 */
public final class ReviewImages {
    private static final Logger log = LoggerFactory.getLogger(ReviewImages.class);

    private record Key(long stillId, int width) {}

    private final StillDecoder decoder;
    private final Background background;
    private final long budget;
    private final LinkedHashMap<Key, Image> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, List<Consumer<Image>>> pending = new HashMap<>();
    private long held;

    public ReviewImages(StillDecoder decoder, Background background, long budgetBytes) {
        this.decoder = decoder;
        this.background = background;
        this.budget = budgetBytes;
    }

    /**
     * Decodes with OpenCV from memory (JPEG's own reduced decoding for small views), into an image
     * built on the worker thread: the JavaFX thread only shows it.
     */
    public static StillDecoder openCv(Library library) {
        StillImages images = new StillImages(library, 0); // this class keeps the images; the core keeps none
        return (still, width) -> {
            StillImages.Decoded d = images.load(still, width);
            WritableImage image = new WritableImage(d.width(), d.height());
            image.getPixelWriter().setPixels(0, 0, d.width(), d.height(), PixelFormat.getByteBgraPreInstance(), d.bgra(), 0,
                    d.width() * 4);
            return image;
        };
    }

    /** The picture if it is decoded already at this width (0: full size). */
    public Optional<Image> cached(Still still, int width) {
        return Optional.ofNullable(cache.get(key(still, width)));
    }

    /**
     * Hands the picture to {@code ready}: at once when cached, else once a worker has decoded it.
     * A still that cannot be decoded is logged and {@code failed} is told; nothing is shown for it.
     */
    public void request(Still still, int width, Consumer<Image> ready, Consumer<Throwable> failed) {
        Key key = key(still, width);
        Image image = cache.get(key);
        if (image != null) {
            ready.accept(image);
            return;
        }
        List<Consumer<Image>> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(ready);
            return;
        }
        waiting = new ArrayList<>();
        waiting.add(ready);
        pending.put(key, waiting);
        background.run(() -> {
            try {
                return decoder.decode(still, key.width());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, decoded -> {
            keep(key, decoded);
            for (Consumer<Image> c : pending.remove(key)) c.accept(decoded);
        }, error -> {
            pending.remove(key);
            log.warn("still {} cannot be shown: {}", still.id(), error.toString());
            failed.accept(error);
        });
    }

    private void keep(Key key, Image image) {
        long bytes = (long) image.getWidth() * (long) image.getHeight() * 4;
        if (cache.put(key, image) == null) held += bytes;
        var oldest = cache.entrySet().iterator();
        while (held > budget && cache.size() > 1 && oldest.hasNext()) {
            var e = oldest.next();
            if (e.getKey().equals(key)) continue;
            held -= (long) e.getValue().getWidth() * (long) e.getValue().getHeight() * 4;
            oldest.remove();
        }
    }

    /** Full size is asked as width 0; a width at or above the still's is full size too. */
    private static Key key(Still still, int width) {
        return new Key(still.id(), width <= 0 || width >= still.width() ? 0 : width);
    }

    /** Memory held by the cached pictures. */
    public long heldBytes() { return held; }

    public int size() { return cache.size(); }
}
