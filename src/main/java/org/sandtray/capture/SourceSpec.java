package org.sandtray.capture;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Problem;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A source as the counselor or a script names it: {@code webcam} (the first found),
 * {@code webcam:NAME}, {@code device:/dev/videoN}, {@code file:PATH} (a video or a folder of
 * images) or {@code demo}.
 */
public record SourceSpec(Kind kind, String target) {

    /** The kinds of source. */
    public enum Kind { WEBCAM, DEVICE, FILE, DEMO }

    public static SourceSpec parse(String text) {
        if (text == null || text.isBlank()) throw new BadSourceSpec("source.none");
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("demo")) return new SourceSpec(Kind.DEMO, null);
        if (lower.equals("webcam")) return new SourceSpec(Kind.WEBCAM, null);
        if (lower.startsWith("webcam:")) return new SourceSpec(Kind.WEBCAM, nonEmpty(t.substring(7), t));
        if (lower.startsWith("device:")) return new SourceSpec(Kind.DEVICE, nonEmpty(t.substring(7), t));
        if (lower.startsWith("file:")) return new SourceSpec(Kind.FILE, nonEmpty(t.substring(5), t));
        throw new BadSourceSpec("source.unknown", t);
    }

    private static String nonEmpty(String rest, String whole) {
        if (rest.isBlank()) throw new BadSourceSpec("source.empty", whole);
        return rest.strip();
    }

    public Path path() {
        return Path.of(target);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + (target == null ? "" : ":" + target);
    }

    /** A camera source the program does not understand, said in the user's language. */
    public static final class BadSourceSpec extends IllegalArgumentException implements Explained {
        private final transient Problem problem;

        BadSourceSpec(String key, Object... args) {
            super(Problem.of(key, args).english());
            this.problem = Problem.of(key, args);
        }

        @Override
        public Problem problem() { return problem; }
    }
}
