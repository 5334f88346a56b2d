package org.sandtray.vision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The face detector's parameters. The shipped values live in {@code models/face-detection.properties}
 * (a copy is packed in the jar); {@code models/face-detection.md} says which photos chose them and
 * how the detector scores on photos held out from that choice.
 *
 * @param scoreThreshold BlazeFace score from which a box is a face
 * @param nmsThreshold   boxes overlapping more than this (intersection over union) are one face
 * @param tileColumns    the image is also searched in this many columns of tiles ...
 * @param tileRows       ... and rows, so small faces reach the model's 192-pixel input
 * @param tileOverlap    neighbouring tiles overlap by this fraction of a tile
 * @param haarWorkWidth  the Haar cascades run on a grey copy this wide (pixels)
 * @param haarScale      the cascades' scale step
 * @param haarNeighbors  neighbouring hits a cascade needs to report a face
 * @param haarMinSize    the smallest face the cascades look for, on the work copy (pixels)
 * @param margin         each face box grows by this fraction of its size on every side before it is blurred
 * @param cascades       the cascade files of OpenCV's jar to run, under share/opencv4/ (a profile cascade runs both ways)
 */
public record FaceParameters(double scoreThreshold, double nmsThreshold, int tileColumns, int tileRows, double tileOverlap,
                             int haarWorkWidth, double haarScale, int haarNeighbors, int haarMinSize, double margin,
                             List<String> cascades) {

    public static final String RESOURCE = "/org/sandtray/vision/face-detection.properties";

    public static FaceParameters defaults() {
        try (InputStream in = FaceParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the face detector's parameters are missing from the program");
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the face detector's parameters: " + e.getMessage(), e);
        }
    }

    static FaceParameters read(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return new FaceParameters(d(p, "scoreThreshold"), d(p, "nmsThreshold"), i(p, "tileColumns"), i(p, "tileRows"),
                d(p, "tileOverlap"), i(p, "haarWorkWidth"), d(p, "haarScale"), i(p, "haarNeighbors"), i(p, "haarMinSize"),
                d(p, "margin"), List.of(get(p, "cascades").split("\\s*,\\s*")));
    }

    private static double d(Properties p, String key) throws IOException {
        return Double.parseDouble(get(p, key));
    }

    private static int i(Properties p, String key) throws IOException {
        return Integer.parseInt(get(p, key));
    }

    private static String get(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) throw new IOException("face detector parameter " + key + " is missing");
        return v.strip();
    }
}
