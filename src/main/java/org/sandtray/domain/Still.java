package org.sandtray.domain;

import java.time.Instant;

/**
 * A photograph of the tray taken during a session. The image bytes live in the library's still
 * store under their content hash; round, turn and student are set where known. The turn is the one
 * it was taken after; takenAtSource says which clock takenAt comes from.
 */
public record Still(long id, long sessionId, Instant takenAt, Integer round, Long turnId,
                    String studentCode, String contentHash, String mediaType, int width, int height,
                    long bytes, Long traySetupId, String source, TakenAtSource takenAtSource) {

    public String fileName() {
        return contentHash + (mediaType.equals("image/png") ? ".png" : ".jpg");
    }
}
