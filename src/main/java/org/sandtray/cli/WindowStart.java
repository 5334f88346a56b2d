package org.sandtray.cli;

/**
 * Where the desktop window opens: home, a pupil's year ({@code window --student CODE}), or a
 * session's replay at a step ({@code window --session ID [--turn N]}, N counted from 1 as
 * {@code replay} lists the turns).
 */
public record WindowStart(String student, Long session, Integer turn) {
    public static final WindowStart HOME = new WindowStart(null, null, null);

    public boolean home() { return student == null && session == null; }
}
