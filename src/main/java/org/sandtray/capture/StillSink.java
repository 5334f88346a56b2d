package org.sandtray.capture;

import java.io.IOException;

/** Where captured stills go; the library stores them (hash, temp file, fsync, rename, commit) and returns the still's id. */
@FunctionalInterface
public interface StillSink {
    long store(CapturedStill still) throws IOException;
}
