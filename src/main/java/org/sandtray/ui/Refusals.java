package org.sandtray.ui;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Problem;

import java.util.Set;

/**
 * Tells an ordinary rule refusal ("it is S02's turn", "choose a still first": nothing changed, the
 * counselor does something else) from a real failure (a full disk, a damaged library, a missing
 * file, an unexpected fault). The window says the first calmly in a line and the second in a dialog.
 */
public final class Refusals {
    /** Problems about the disk, the library as a whole, stored files and native parts. */
    private static final Set<String> FAILURE_PREFIXES = Set.of("io.", "library.");
    private static final Set<String> FAILURE_KEYS = Set.of("still.notStored", "still.fileMissing", "still.importFailed", "still.fileNotDeleted",
            "camera.needsLibpulse", "camera.needsGtk", "camera.ffmpegNotLoaded", "camera.webcamDriverFailed");

    private Refusals() {}

    /** True when the error is a rule saying no; false for failures and for anything unexpected. */
    public static boolean isRefusal(Throwable error) {
        Throwable t = error;
        while (t != null && !(t instanceof Explained) && t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (!(t instanceof Explained e)) return false;
        return !isFailure(e.problem());
    }

    private static boolean isFailure(Problem p) {
        if (FAILURE_KEYS.contains(p.key()) || FAILURE_PREFIXES.stream().anyMatch(p.key()::startsWith)) return true;
        // a refusal that carries a failure (nothing stored: the disk is full) is a failure
        for (Object arg : p.args()) {
            if (arg instanceof Problem inner && isFailure(inner)) return true;
            if (arg instanceof Explained inner && isFailure(inner.problem())) return true;
        }
        return false;
    }
}
