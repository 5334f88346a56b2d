package org.sandtray.domain;

import java.time.Instant;

/** One line of the library's audit log: who opened it, what was exported. */
public record AuditEntry(long id, Instant at, String event, String detail) {
}
