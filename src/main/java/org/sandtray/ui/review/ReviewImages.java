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

    /**
     * Many pictures at one width (a year's thumbnails): those not cached are decoded in two batches,
     * one per worker, and each batch comes back to the JavaFX thread at once rather than picture by
     * picture, so a busy window lays itself out and draws once per batch, not once per picture.
     * {@code ready} gets each batch (still id to picture; a still that cannot be decoded is left out
     * and logged); {@code done} runs once everything asked for is back.
     */
    public void requestAll(List<Still> stills, int width, Consumer<Map<Long, Image>> ready, Runnable done) {
        Map<Long, Image> hits = new HashMap<>();
        List<Still> missing = new ArrayList<>();
        for (Still s : stills) {
            Image image = cache.get(key(s, width));
            if (image != null) hits.put(s.id(), image);
            else if (missing.stream().noneMatch(m -> m.id() == s.id())) missing.add(s);
        }
        if (!hits.isEmpty()) ready.accept(hits);
        if (missing.isEmpty()) {
            done.run();
            return;
        }
        int half = (missing.size() + 1) / 2;
        List<List<Still>> batches = missing.size() == 1 ? List.of(missing) : List.of(missing.subList(0, half),
                missing.subList(half, missing.size()));
        int[] left = {batches.size()};
        for (List<Still> batch : batches) {
            background.run(() -> {
                Map<Key, Image> decoded = new java.util.LinkedHashMap<>();
                for (Still s : batch) {
                    try {
                        decoded.put(key(s, width), decoder.decode(s, key(s, width).width()));
                    } catch (IOException | RuntimeException e) {
                        log.warn("still {} cannot be shown: {}", s.id(), e.toString());
                    }
                }
                return decoded;
            }, decoded -> {
                Map<Long, Image> byStill = new HashMap<>();
                decoded.forEach((k, image) -> {
                    keep(k, image);
                    byStill.put(k.stillId(), image);
                });
                ready.accept(byStill);
                if (--left[0] == 0) done.run();
            }, error -> {
                log.warn("thumbnails not decoded: {}", error.toString());
                if (--left[0] == 0) done.run();
            });
        }
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
