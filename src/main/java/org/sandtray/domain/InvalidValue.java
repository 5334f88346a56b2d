package org.sandtray.domain;

/** A value that breaks a rule of the domain (a point outside the tray, a tray without four corners). */
public final class InvalidValue extends IllegalArgumentException implements Explained {
    private final transient Problem problem;

    public InvalidValue(String key, Object... args) {
        this(Problem.of(key, args));
    }

    private InvalidValue(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() { return problem; }
}
