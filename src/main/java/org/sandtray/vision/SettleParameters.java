package org.sandtray.vision;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The settle detector's tuned parameters. The shipped values live in
 * {@code models/settle-detector.properties} (a copy is packed in the jar); the note beside that
 * file says which fixture results chose them.
 *
 * @param workWidth        frames are shrunk to this width before comparing (pixels)
 * @param pixelThreshold   a pixel has changed when its brightness-normalised grey value moved by more than this (0..255)
 * @param motionFraction   a frame shows motion when more than this fraction of the tray's pixels changed since the previous frame
 * @param sceneFraction    a settled scene is new when more than this fraction differs from the last captured scene
 * @param handFraction     a settled scene that differs from the last capture over more than this fraction, touching the rim, is a hand still over the tray
 * @param settleMillis     the tray must stay still this long after motion before a capture
 */
public record SettleParameters(int workWidth, int pixelThreshold, double motionFraction, double sceneFraction,
                               double handFraction, long settleMillis) {

    public static final String RESOURCE = "/org/sandtray/vision/settle-detector.properties";

    public SettleParameters withSettleMillis(long millis) {
        return new SettleParameters(workWidth, pixelThreshold, motionFraction, sceneFraction, handFraction, millis);
    }

    /** The shipped parameters. */
    public static SettleParameters defaults() {
        try (InputStream in = SettleParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the settle detector's parameters are missing from the program");
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the settle detector's parameters: " + e.getMessage(), e);
        }
    }

    public static SettleParameters load(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    static SettleParameters read(String text) throws IOException {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        }
        return new SettleParameters(Integer.parseInt(get(p, "workWidth")), Integer.parseInt(get(p, "pixelThreshold")),
                Double.parseDouble(get(p, "motionFraction")), Double.parseDouble(get(p, "sceneFraction")),
                Double.parseDouble(get(p, "handFraction")), Long.parseLong(get(p, "settleMillis")));
    }

    private static String get(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) throw new IOException("settle detector parameter " + key + " is missing");
        return v.strip();
    }
}
