package org.sandtray.vision;


/**
 * The hand detector's parameters, shipped in {@code models/hand-detection.properties} (a copy is
 * packed in the jar); {@code models/blur-detection.md} says how they were chosen.
 */
public record HandParameters(int workWidth, int yMin, int crMin, int crMax, int cbMin, int cbMax, int crAboveSand,
                             double rimBand, double minArea, double largeArea, double margin) {

    public static final String RESOURCE = "/org/sandtray/vision/hand-detection.properties";

    public static HandParameters defaults() {
        return ParameterFile.shipped(RESOURCE, "hand detector", p -> new HandParameters(p.integer("workWidth"), p.integer("yMin"),
                p.integer("crMin"), p.integer("crMax"), p.integer("cbMin"), p.integer("cbMax"), p.integer("crAboveSand"),
                p.number("rimBand"), p.number("minArea"), p.number("largeArea"), p.number("margin")));
    }
}
