package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tray coordinates through OpenCV's perspective transform: a camera looking at the tray at a slant. */
class TrayMappingTest {
    private final TraySetup slanted = new TraySetup(0, 72, 57, 1920, 1080, List.of(new ImagePoint(400, 120),
            new ImagePoint(1560, 160), new ImagePoint(1700, 1000), new ImagePoint(260, 950)));

    @Test
    void cornersAreTheTraysCornersAndPointsRoundTrip() {
        TrayMapping mapping = new TrayMapping(slanted);
        assertPoint(new TrayPoint(0, 0), mapping.toTray(new ImagePoint(400, 120)));
        assertPoint(new TrayPoint(1, 0), mapping.toTray(new ImagePoint(1560, 160)));
        assertPoint(new TrayPoint(1, 1), mapping.toTray(new ImagePoint(1700, 1000)));
        assertPoint(new TrayPoint(0, 1), mapping.toTray(new ImagePoint(260, 950)));
        for (double x = 0.05; x < 1; x += 0.15) {
            for (double y = 0.05; y < 1; y += 0.15) {
                ImagePoint pixel = mapping.toImage(new TrayPoint(x, y));
                ImagePoint back = mapping.toImage(mapping.toTray(pixel));
                assertEquals(pixel.x(), back.x(), 0.01);
                assertEquals(pixel.y(), back.y(), 0.01);
            }
        }
        assertNull(mapping.toTray(new ImagePoint(100, 100)), "outside the tray");
    }

    @Test
    void theSameSpotKeepsItsCoordinatesWhenTheCameraIsBumped() {
        TrayPoint spot = new TrayPoint(0.3, 0.7);
        ImagePoint before = new TrayMapping(slanted).toImage(spot);
        TraySetup bumped = new TraySetup(0, 72, 57, 1920, 1080, slanted.corners().stream()
                .map(p -> new ImagePoint(p.x() + 35, p.y() - 20)).toList());
        ImagePoint after = new ImagePoint(before.x() + 35, before.y() - 20);
        assertPoint(spot, new TrayMapping(bumped).toTray(after));
    }

    @Test
    void topDownWarpsTheTrayToItsProportions() {
        TrayMapping mapping = new TrayMapping(slanted);
        try (Mat still = new Mat(1080, 1920, org.bytedeco.opencv.global.opencv_core.CV_8UC3,
                new org.bytedeco.opencv.opencv_core.Scalar(10, 10, 10, 0))) {
            ImagePoint figure = mapping.toImage(new TrayPoint(0.25, 0.75));
            try (org.bytedeco.opencv.opencv_core.Point c = new org.bytedeco.opencv.opencv_core.Point((int) figure.x(), (int) figure.y())) {
                org.bytedeco.opencv.global.opencv_imgproc.circle(still, c, 12,
                        new org.bytedeco.opencv.opencv_core.Scalar(255, 255, 255, 0), -1, 8, 0);
            }
            try (Mat top = mapping.topDown(still, 720)) {
                assertEquals(720, top.cols());
                assertEquals(570, top.rows(), "57 x 72 cm tray");
                var p = top.ptr((int) Math.round(0.75 * 570), (int) Math.round(0.25 * 720));
                assertTrue((p.get(0) & 0xFF) > 200, "the figure lands at its tray coordinate");
            }
        }
    }

    private static void assertPoint(TrayPoint expected, TrayPoint actual) {
        assertEquals(expected.x(), actual.x(), 1e-6);
        assertEquals(expected.y(), actual.y(), 1e-6);
    }
}
