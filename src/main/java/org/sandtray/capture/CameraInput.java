package org.sandtray.capture;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How FFmpeg opens one camera on one OS: the device input ({@code video4linux2}, {@code dshow},
 * {@code avfoundation}), the input name, and the settings to try, best first. MJPEG is asked for
 * because it makes 1920x1080 possible over USB 2; a camera that refuses a setting is tried with the
 * next, down to the camera's own default.
 *
 * @param name what the counselor reads (the listed name, or the path)
 */
public record CameraInput(String format, String input, String name, List<Attempt> attempts) {

    /** One way to open the camera: a frame size (0: the camera's own) and FFmpeg options. */
    public record Attempt(int width, int height, Map<String, String> options) {
        public Attempt {
            options = Map.copyOf(options);
        }
    }

    /** DirectShow's real-time buffer; its default (3 MB) overflows with 1080p MJPEG while a still is written. */
    static final String DSHOW_BUFFER = Integer.toString(64 * 1024 * 1024);

    public CameraInput {
        attempts = List.copyOf(attempts);
        if (attempts.isEmpty()) throw new IllegalArgumentException("no way to open " + name);
    }

    /**
     * The input for a listed camera on this OS.
     *
     * @param byAlternativeName open it by the OS's second name (DirectShow: when the name is not
     *                          ASCII or two cameras share it; see {@link #needsAlternativeName})
     */
    public static CameraInput of(Platform platform, ListedCamera camera, boolean byAlternativeName, int width, int height) {
        return switch (platform) {
            case WINDOWS -> new CameraInput("dshow",
                    "video=" + (byAlternativeName && camera.alternativeName() != null ? camera.alternativeName() : camera.name()),
                    camera.name(), List.of(
                            new Attempt(width, height, options("vcodec", "mjpeg", "rtbufsize", DSHOW_BUFFER)),
                            new Attempt(1280, 720, options("vcodec", "mjpeg", "rtbufsize", DSHOW_BUFFER)),
                            new Attempt(0, 0, options("rtbufsize", DSHOW_BUFFER))));
            // AVFoundation refuses its default 29.97 fps on most webcams: ask for 30
            case MAC -> new CameraInput("avfoundation",
                    camera.alternativeName() != null ? camera.alternativeName() : camera.name(),
                    camera.name(), List.of(
                            new Attempt(width, height, options("framerate", "30")),
                            new Attempt(1280, 720, options("framerate", "30")),
                            new Attempt(0, 0, options("framerate", "30"))));
            case LINUX, OTHER -> new CameraInput("video4linux2", camera.name(), camera.name(),
                    List.of(new Attempt(width, height, options("input_format", "mjpeg"))));
        };
    }

    /** A camera named by the counselor ({@code device:NAME}), not found through a listing. */
    public static CameraInput named(Platform platform, String name, int width, int height) {
        return of(platform, new ListedCamera(name, null), false, width, height);
    }

    /**
     * DirectShow matches names byte for byte in UTF-8, and JavaCPP hands FFmpeg a Java string in the
     * platform charset (GBK on a Chinese Windows), so "USB 视频设备" would not be found; two cameras of
     * one model share a name. The ASCII alternative name (@device_pnp_...) opens either.
     */
    public static boolean needsAlternativeName(ListedCamera camera, List<ListedCamera> all) {
        if (camera.alternativeName() == null) return false;
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(camera.name());
        long same = all.stream().filter(c -> c.name().equals(camera.name())).count();
        return !ascii || same > 1;
    }

    private static Map<String, String> options(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return m;
    }
}
