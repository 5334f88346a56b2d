package org.sandtray.capture;

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
        if (text == null || text.isBlank()) throw new IllegalArgumentException("no camera source given");
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("demo")) return new SourceSpec(Kind.DEMO, null);
        if (lower.equals("webcam")) return new SourceSpec(Kind.WEBCAM, null);
        if (lower.startsWith("webcam:")) return new SourceSpec(Kind.WEBCAM, nonEmpty(t.substring(7), t));
        if (lower.startsWith("device:")) return new SourceSpec(Kind.DEVICE, nonEmpty(t.substring(7), t));
        if (lower.startsWith("file:")) return new SourceSpec(Kind.FILE, nonEmpty(t.substring(5), t));
        throw new IllegalArgumentException("unknown camera source \"" + t
                + "\": use webcam, webcam:NAME, device:/dev/videoN, file:PATH or demo");
    }

    private static String nonEmpty(String rest, String whole) {
        if (rest.isBlank()) throw new IllegalArgumentException("camera source \"" + whole + "\" names nothing after the colon");
        return rest.strip();
    }

    public Path path() {
        return Path.of(target);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + (target == null ? "" : ":" + target);
    }
}
