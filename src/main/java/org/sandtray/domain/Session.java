package org.sandtray.domain;

import java.time.Instant;
import java.util.List;

/**
 * One session around the tray. Exactly one of groupName and studentCode is set. The counselor's
 * wrap-up (title the makers gave, their story, observations, themes) is filled when it ends.
 */
public record Session(long id, SessionKind kind, String groupName, String studentCode,
                      Instant startedAt, Instant endedAt, Long traySetupId, String title,
                      String story, String observations, String themes, List<String> turnOrder) {

    public boolean open() { return endedAt == null; }
}
