package org.sandtray.ui.session;

import org.sandtray.capture.StillSink;

import java.util.concurrent.CompletableFuture;

/** Takes a still from whatever the console shows live. */
@FunctionalInterface
public interface StillCamera {
    CompletableFuture<Long> capture(StillSink sink);
}
