package org.sandtray.ui.session;

import javafx.scene.image.Image;
import org.sandtray.domain.Still;
import org.sandtray.ui.Background;
import org.sandtray.ui.StillDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The filmstrip's small pictures: decoded at thumbnail width on a worker thread, once per still
 * however many cells ask, and kept in a bounded cache (least recently shown goes first), so a
 * 200-still session never holds every picture. Used on the JavaFX thread only.
 */
final class Thumbnails {
    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

    private final StillDecoder decoder;
    private final Background background;
    private final int width;
    private final int capacity;
    private final Map<Long, Image> cache;
    private final Map<Long, List<Consumer<Image>>> pending = new HashMap<>();

    Thumbnails(StillDecoder decoder, Background background, int width, int capacity) {
        this.decoder = decoder;
        this.background = background;
        this.width = width;
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                return size() > Thumbnails.this.capacity;
            }
        };
    }

    /** The thumbnail if it is decoded already. */
    Optional<Image> cached(Still still) {
        return Optional.ofNullable(cache.get(still.id()));
    }

    /**
     * Hands the thumbnail to {@code ready}: at once when cached, else once a worker has decoded it.
     * A still that cannot be decoded gets no thumbnail (it is logged); its cell stays blank.
     */
    void request(Still still, Consumer<Image> ready) {
        Image image = cache.get(still.id());
        if (image != null) {
            ready.accept(image);
            return;
        }
        List<Consumer<Image>> waiting = pending.get(still.id());
        if (waiting != null) {
            waiting.add(ready);
            return;
        }
        waiting = new ArrayList<>();
        waiting.add(ready);
        pending.put(still.id(), waiting);
        background.run(() -> {
            try {
                return decoder.decode(still, width);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, decoded -> {
            cache.put(still.id(), decoded);
            for (Consumer<Image> c : pending.remove(still.id())) c.accept(decoded);
        }, error -> {
            pending.remove(still.id());
            log.warn("no thumbnail for still {}: {}", still.id(), error.toString());
        });
    }

    int size() { return cache.size(); }

    /** Drops every decoded picture (the screen locked): they are decoded again when next shown. */
    void forget() { cache.clear(); }
    /** Drops a still's thumbnail (the still was deleted for good: its image leaves memory too). */
    void forget(long stillId) {
        cache.remove(stillId);
    }
}
