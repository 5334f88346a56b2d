package org.sandtray.vision;

import java.io.IOException;
import java.util.List;

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
    private static final String DETECTOR = "face detector";

    public static FaceParameters defaults() {
        return ParameterFile.shipped(RESOURCE, DETECTOR, FaceParameters::from);
    }

    static FaceParameters read(String text) throws IOException {
        return ParameterFile.parse(text, DETECTOR, FaceParameters::from);
    }

    private static FaceParameters from(ParameterFile p) throws IOException {
        return new FaceParameters(p.number("scoreThreshold"), p.number("nmsThreshold"), p.integer("tileColumns"), p.integer("tileRows"),
                p.number("tileOverlap"), p.integer("haarWorkWidth"), p.number("haarScale"), p.integer("haarNeighbors"),
                p.integer("haarMinSize"), p.number("margin"), List.of(p.text("cascades").split("\\s*,\\s*")));
    }
}
