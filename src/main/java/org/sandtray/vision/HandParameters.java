package org.sandtray.vision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The hand detector's parameters, shipped in {@code models/hand-detection.properties} (a copy is
 * packed in the jar); {@code models/blur-detection.md} says how they were chosen.
 */
public record HandParameters(int workWidth, int yMin, int crMin, int crMax, int cbMin, int cbMax, int crAboveSand,
                             double rimBand, double minArea, double largeArea, double margin) {

    public static final String RESOURCE = "/org/sandtray/vision/hand-detection.properties";

    public static HandParameters defaults() {
        try (InputStream in = HandParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the hand detector's parameters are missing from the program");
            Properties p = new Properties();
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return new HandParameters(i(p, "workWidth"), i(p, "yMin"), i(p, "crMin"), i(p, "crMax"), i(p, "cbMin"),
                    i(p, "cbMax"), i(p, "crAboveSand"), d(p, "rimBand"), d(p, "minArea"), d(p, "largeArea"), d(p, "margin"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the hand detector's parameters: " + e.getMessage(), e);
        }
    }

    private static int i(Properties p, String key) throws IOException {
        return Integer.parseInt(get(p, key));
    }

    private static double d(Properties p, String key) throws IOException {
        return Double.parseDouble(get(p, key));
    }

    private static String get(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null) throw new IOException("hand detector parameter " + key + " is missing");
        return v.strip();
    }
}
