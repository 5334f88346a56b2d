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
 * file says which fixtures tuned them and which held-out fixtures scored them.
 *
 * @param workWidth        frames are shrunk to this width before comparing (pixels)
 * @param pixelThreshold   a pixel has changed when the sum of its B, G, R differences, after matching brightness, exceeds this
 * @param noiseFactor      the pixel threshold rises to this many times the frame's median difference (its noise)
 * @param motionFraction   a frame shows motion when more than this fraction of the tray's pixels changed since the previous frame
 * @param sceneFraction    a settled scene is new when more than this fraction differs from the last captured scene
 * @param handFraction     a settled change smaller than this is never taken for a hand
 * @param handMaxFraction  a settled change larger than this is never taken for a hand (an arm covers less of the tray)
 * @param rimMaxShare      a hand crosses the rim in one or two places covering at most this share of the rim's length
 * @param skinShare        a change looks like a hand when at least this share of it is skin against sand
 * @param skinRise         skin against sand: the pixel's red chroma (Cr) rose by at least this much over what was there
 * @param settleMillis     the tray must stay still this long after motion before a capture; a change that looks like
 *                         a hand but stays still twice this long is taken as the new scene
 */
public record SettleParameters(int workWidth, int pixelThreshold, double noiseFactor, double motionFraction, double sceneFraction,
                               double handFraction, double handMaxFraction, double rimMaxShare, double skinShare,
                               int skinRise, long settleMillis) {

    public static final String RESOURCE = "/org/sandtray/vision/settle-detector.properties";

    public SettleParameters withSettleMillis(long millis) {
        return new SettleParameters(workWidth, pixelThreshold, noiseFactor, motionFraction, sceneFraction, handFraction, handMaxFraction,
                rimMaxShare, skinShare, skinRise, millis);
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
                Double.parseDouble(get(p, "noiseFactor")),                Double.parseDouble(get(p, "motionFraction")), Double.parseDouble(get(p, "sceneFraction")),
                Double.parseDouble(get(p, "handFraction")), Double.parseDouble(get(p, "handMaxFraction")),
                Double.parseDouble(get(p, "rimMaxShare")), Double.parseDouble(get(p, "skinShare")),
                Integer.parseInt(get(p, "skinRise")), Long.parseLong(get(p, "settleMillis")));
    }

    private static String get(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) throw new IOException("settle detector parameter " + key + " is missing");
        return v.strip();
    }
}
