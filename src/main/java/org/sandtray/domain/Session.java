package org.sandtray.domain;

import java.time.Instant;
import java.util.List;

/**
 * One session around the tray. Exactly one of groupName and studentCode is set. The counselor's
 * wrap-up (title the makers gave, their story, observations, themes) is filled when it ends.
 * absent names the group's members who were away when it started (left out of the turn order);
 * finalStillId the still the counselor chose as the final tray, null when none was chosen.
 */
public record Session(long id, SessionKind kind, String groupName, String studentCode,
                      Instant startedAt, Instant endedAt, Long traySetupId, String title,
                      String story, String observations, String themes, List<String> turnOrder,
                      List<String> absent, Long finalStillId) {

    public Session {
        turnOrder = turnOrder == null ? List.of() : List.copyOf(turnOrder);
        absent = absent == null ? List.of() : List.copyOf(absent);
    }

    /** A session with nobody absent and no final still chosen. */
    public Session(long id, SessionKind kind, String groupName, String studentCode,
                   Instant startedAt, Instant endedAt, Long traySetupId, String title,
                   String story, String observations, String themes, List<String> turnOrder) {
        this(id, kind, groupName, studentCode, startedAt, endedAt, traySetupId, title, story, observations, themes, turnOrder,
                List.of(), null);
    }

    public boolean open() { return endedAt == null; }
}
