package org.sandtray.cli;

import org.sandtray.domain.TrayPoint;
import picocli.CommandLine;

/** Reads {@code X,Y} in tray units (0..1) from the command line. */
final class TrayPointConverter implements CommandLine.ITypeConverter<TrayPoint> {
    @Override
    public TrayPoint convert(String value) {
        double[] xy = pair(value, "X,Y");
        try {
            return new TrayPoint(xy[0], xy[1]);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage()); // InvalidValue: English for picocli's usage error
        }
    }

    static double[] pair(String value, String shape) {
        String[] parts = value.split(",");
        if (parts.length != 2) throw new CommandLine.TypeConversionException("expected " + shape + ", got '" + value + "'");
        try {
            return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("expected two numbers " + shape + ", got '" + value + "'");
        }
    }
}
