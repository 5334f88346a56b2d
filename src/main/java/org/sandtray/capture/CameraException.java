package org.sandtray.capture;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Problem;

/**
 * A camera or video source failed in a way the counselor can act on, named by a message key and
 * its values so that it is said in the user's language.
 */
public class CameraException extends Exception implements Explained {
    private final transient Problem problem;

    public CameraException(String key, Object... args) {
        this(Problem.of(key, args), null);
    }

    public CameraException(Throwable cause, String key, Object... args) {
        this(Problem.of(key, args), cause);
    }

    public CameraException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    @Override
    public Problem problem() { return problem; }
}
