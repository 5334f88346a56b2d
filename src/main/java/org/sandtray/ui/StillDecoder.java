package org.sandtray.ui;

import javafx.scene.image.Image;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a stored still into an image for the window. Decoding a photograph takes tens of
 * milliseconds, so it is only ever called on a worker thread (through {@link Background}), never
 * on the JavaFX thread; the window's test wraps it to check that.
 */
@FunctionalInterface
public interface StillDecoder {
    /** @param width the width to decode at (keeping the aspect ratio), or 0 for the full size */
    Image decode(Still still, int width) throws IOException;

    /** Reads the still's bytes from the library and decodes them (smaller when asked: less memory). */
    static StillDecoder of(Library library) {
        return (still, width) -> {
            byte[] bytes;
            try (InputStream in = library.stills().open(still)) {
                bytes = in.readAllBytes();
            }
            Image image = width > 0 ? new Image(new ByteArrayInputStream(bytes), width, 0, true, true)
                    : new Image(new ByteArrayInputStream(bytes));
            if (image.isError()) {
                throw new IOException("cannot decode still " + still.id(), image.getException());
            }
            return image;
        };
    }
}
