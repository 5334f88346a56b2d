package org.sandtray.cli;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Problem;

import java.util.List;

/**
 * A command failed for a reason the user can act on, named by a message key (the problems bundle)
 * and its values, with detail lines (bad rows, files not stored) that are problems too.
 */
final class CommandFailed extends RuntimeException implements Explained {
    private final transient Problem problem;
    private final transient List<Problem> details;

    CommandFailed(Problem problem, List<Problem> details) {
        super(problem.english());
        this.problem = problem;
        this.details = List.copyOf(details);
    }

    CommandFailed(String key, Object... args) {
        this(Problem.of(key, args), List.of());
    }

    @Override
    public Problem problem() { return problem; }

    List<Problem> details() { return details; }
}
