package org.sandtray.cli;

import java.util.List;

/** A command failed for a reason the user can act on, with detail lines (bad rows, problems found). */
final class CommandFailed extends RuntimeException {
    private final transient List<String> details;

    CommandFailed(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    CommandFailed(String message) {
        this(message, List.of());
    }

    List<String> details() { return details; }
}
