package org.sandtray.ui.tagging;

import javafx.scene.image.Image;
import org.sandtray.domain.Figure;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The figures' reference photos for the chooser, decoded small on a worker thread once each and
 * kept (a catalogue has at most a few thousand, each about 80x60 pixels). A photo that cannot be
 * read is left out: the figure is still found by its name.
 */
public final class FigurePhotos {
    static final int WIDTH = 80;
    private final Library library;
    private final Background background;
    private final Map<Long, Image> images = new HashMap<>();
    private final Set<Long> asked = new HashSet<>();

    public FigurePhotos(Library library, Background background) {
        this.library = library;
        this.background = background;
    }

    /** The photo now if decoded already; else it is decoded and handed to whenReady on the UI thread. */
    public Image get(Figure figure, Consumer<Image> whenReady) {
        if (figure.photoHash() == null) return null;
        Image image = images.get(figure.id());
        if (image != null || !asked.add(figure.id())) return image;
        background.run(() -> decode(figure), decoded -> {
            images.put(figure.id(), decoded);
            whenReady.accept(decoded);
        }, error -> { });
        return null;
    }

    private Image decode(Figure figure) {
        try (InputStream in = library.figures().openPhoto(figure, library.store())) {
            Image image = new Image(new ByteArrayInputStream(in.readAllBytes()), WIDTH * 2, 0, true, true);
            if (image.isError()) throw new IOException("cannot decode the photo of figure " + figure.id(), image.getException());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
