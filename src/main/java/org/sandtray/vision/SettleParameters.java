package org.sandtray.vision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    private static final String DETECTOR = "settle detector";

    public SettleParameters withSettleMillis(long millis) {
        return new SettleParameters(workWidth, pixelThreshold, noiseFactor, motionFraction, sceneFraction, handFraction, handMaxFraction,
                rimMaxShare, skinShare, skinRise, millis);
    }

    /** The shipped parameters. */
    public static SettleParameters defaults() {
        return ParameterFile.shipped(RESOURCE, DETECTOR, SettleParameters::from);
    }

    public static SettleParameters load(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    static SettleParameters read(String text) throws IOException {
        return ParameterFile.parse(text, DETECTOR, SettleParameters::from);
    }

    private static SettleParameters from(ParameterFile p) throws IOException {
        return new SettleParameters(p.integer("workWidth"), p.integer("pixelThreshold"), p.number("noiseFactor"),
                p.number("motionFraction"), p.number("sceneFraction"), p.number("handFraction"), p.number("handMaxFraction"),
                p.number("rimMaxShare"), p.number("skinShare"), p.integer("skinRise"), p.whole("settleMillis"));
    }
}
