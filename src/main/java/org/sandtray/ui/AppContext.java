package org.sandtray.ui;

import org.sandtray.capture.SourceSpec;
import org.sandtray.library.Library;

/**
 * What every screen needs: the open library, the words, the task executor, the camera chosen,
 * the settings, and the decoder that turns stills into images (off the JavaFX thread).
 */
public record AppContext(Library library, Messages messages, Background background, SourceSpec cameraSource, Settings settings,
                         StillDecoder decoder) {

    public AppContext(Library library, Messages messages, Background background, SourceSpec cameraSource, Settings settings) {
        this(library, messages, background, cameraSource, settings, StillDecoder.of(library));
    }
}
