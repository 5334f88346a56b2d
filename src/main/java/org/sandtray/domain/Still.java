package org.sandtray.domain;

import java.time.Instant;

/**
 * A photograph of the tray taken during a session. The image bytes live in the library's still
 * store under their content hash; round, turn and student are set where known. The turn is the one
 * it was taken after; takenAtSource says which clock takenAt comes from. pick says whether the
 * counselor starred or rejected it; finalTray whether the counselor chose it as the session's
 * final tray (a session without a choice uses its last still that is not rejected).
 */
public record Still(long id, long sessionId, Instant takenAt, Integer round, Long turnId,
                    String studentCode, String contentHash, String mediaType, int width, int height,
                    long bytes, Long traySetupId, String source, TakenAtSource takenAtSource,
                    StillPick pick, boolean finalTray) {

    public Still {
        if (pick == null) pick = StillPick.NONE;
    }

    /** A still neither starred nor rejected, not chosen as the final tray. */
    public Still(long id, long sessionId, Instant takenAt, Integer round, Long turnId,
                 String studentCode, String contentHash, String mediaType, int width, int height,
                 long bytes, Long traySetupId, String source, TakenAtSource takenAtSource) {
        this(id, sessionId, takenAt, round, turnId, studentCode, contentHash, mediaType, width, height, bytes, traySetupId,
                source, takenAtSource, StillPick.NONE, false);
    }

    public String fileName() {
        return contentHash + (mediaType.equals("image/png") ? ".png" : ".jpg");
    }

    public boolean rejected() { return pick == StillPick.REJECTED; }

    public boolean starred() { return pick == StillPick.STARRED; }
}
