package org.sandtray.ui;

import org.sandtray.capture.SourceSpec;
import org.sandtray.library.Library;

/** What every screen needs: the open library, the words, background work, and the camera chosen. */
public record AppContext(Library library, Messages messages, Background background, SourceSpec cameraSource, Settings settings) {
}
