package org.sandtray.domain;

import java.util.List;

/**
 * A camera position over a tray: the tray's inside size in centimetres and its four inner
 * corners marked on the camera image (top-left, top-right, bottom-right, bottom-left), for an
 * image of the given size. Stills remember the setup they were taken under.
 */
public record TraySetup(long id, double widthCm, double heightCm, int imageWidth, int imageHeight,
                        List<ImagePoint> corners) {

    /** The most common inside size of a tray in Chinese counseling rooms. */
    public static final double DEFAULT_WIDTH_CM = 72;
    public static final double DEFAULT_HEIGHT_CM = 57;

    public TraySetup {
        if (!(widthCm > 0 && heightCm > 0)) throw new InvalidValue("tray.needsSize");
        if (corners == null || corners.size() != 4) throw new InvalidValue("tray.needsFourCorners");
        corners = List.copyOf(corners);
    }

    /** A setup that takes the whole image as the tray's inside (before the corners are marked). */
    public static TraySetup wholeImage(int width, int height, double widthCm, double heightCm) {
        return new TraySetup(0, widthCm, heightCm, width, height, List.of(new ImagePoint(0, 0), new ImagePoint(width, 0),
                new ImagePoint(width, height), new ImagePoint(0, height)));
    }

    public TraySetup withId(long newId) {
        return new TraySetup(newId, widthCm, heightCm, imageWidth, imageHeight, corners);
    }
}
