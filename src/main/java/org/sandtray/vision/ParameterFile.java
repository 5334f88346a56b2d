package org.sandtray.vision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A detector's parameters as a properties text (the shipped copy in the jar, or a file being
 * tuned): every value is required, and a missing one is named with its detector.
 */
final class ParameterFile {
    /** Makes a detector's parameters from the file's values. */
    @FunctionalInterface
    interface Reading<T> {
        T from(ParameterFile values) throws IOException;
    }

    private final Properties values = new Properties();
    private final String detector;

    private ParameterFile(String detector) {
        this.detector = detector;
    }

    /** @param detector what the parameters belong to, as messages name it ("hand detector") */
    static <T> T parse(String text, String detector, Reading<T> reading) throws IOException {
        ParameterFile file = new ParameterFile(detector);
        file.values.load(new StringReader(text));
        return reading.from(file);
    }

    /** The parameters shipped in the jar at {@code resource}; the program cannot run without them. */
    static <T> T shipped(String resource, String detector, Reading<T> reading) {
        try (InputStream in = ParameterFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the " + detector + "'s parameters are missing from the program");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), detector, reading);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the " + detector + "'s parameters: " + e.getMessage(), e);
        }
    }

    String text(String key) throws IOException {
        String v = values.getProperty(key);
        if (v == null) throw new IOException(detector + " parameter " + key + " is missing");
        return v.strip();
    }

    int integer(String key) throws IOException {
        return Integer.parseInt(text(key));
    }

    long whole(String key) throws IOException {
        return Long.parseLong(text(key));
    }

    double number(String key) throws IOException {
        return Double.parseDouble(text(key));
    }
}
