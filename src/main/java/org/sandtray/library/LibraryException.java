package org.sandtray.library;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Problem;

/**
 * A problem the counselor can act on, named by a message key and its values
 * ({@code org/sandtray/domain/problems_*.properties}); the window and the command line say it in
 * the user's language. Nothing stored has been changed when one is thrown from a library call.
 */
public class LibraryException extends RuntimeException implements Explained {
    private final transient Problem problem;

    public LibraryException(String key, Object... args) {
        this(Problem.of(key, args), null);
    }

    public LibraryException(Throwable cause, String key, Object... args) {
        this(Problem.of(key, args), cause);
    }

    public LibraryException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() { return problem; }
}
