package org.sandtray.timeline;

import org.sandtray.domain.SessionKind;

import java.time.Instant;
import java.util.List;

/** One session in a student's timeline, with what they did in it in order. */
public record TimelineSession(long sessionId, SessionKind kind, String groupName, Instant startedAt, String title,
                              List<TimelineEntry> entries) {
}
