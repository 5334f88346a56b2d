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

    /**
     * The camera arm is bumped: the picture turns by 2 degrees anticlockwise, tilts (a perspective term) and
     * shifts, i.e. every pixel moves by the homography BUMP. The corners are marked again; a spot
     * must land where BUMP takes its old pixel, and the tray's centre where the new corners'
     * diagonals cross (a perspective map keeps that; an affine or bilinear one does not).
     * Expected pixels come from this test's own 8x8 solve, not from OpenCV.
     */
    @Test
    void theSameSpotKeepsItsCoordinatesWhenTheCameraIsBumped() {
        double a = Math.toRadians(-2);
        double[] bump = {Math.cos(a), -Math.sin(a), 35, Math.sin(a), Math.cos(a), -20, 2e-5, -1e-5, 1};
        TraySetup bumped = new TraySetup(0, 72, 57, 1920, 1080, slanted.corners().stream().map(p -> apply(bump, p)).toList());
        TrayMapping mapping = new TrayMapping(bumped);
        double[] before = homography(slanted.corners());
        for (TrayPoint spot : List.of(new TrayPoint(0.3, 0.7), new TrayPoint(0.9, 0.15), new TrayPoint(0.05, 0.5))) {
            ImagePoint expected = apply(bump, apply(before, new ImagePoint(spot.x(), spot.y())));
            ImagePoint actual = mapping.toImage(spot);
            assertEquals(expected.x(), actual.x(), 0.05, "x of " + spot);
            assertEquals(expected.y(), actual.y(), 0.05, "y of " + spot);
            assertPoint(spot, mapping.toTray(expected));
        }
        List<ImagePoint> c = bumped.corners();
        ImagePoint crossing = intersection(c.get(0), c.get(2), c.get(1), c.get(3));
        ImagePoint centre = mapping.toImage(new TrayPoint(0.5, 0.5));
        assertEquals(crossing.x(), centre.x(), 0.05);
        assertEquals(crossing.y(), centre.y(), 0.05);
        // and the bump moved it: the old pixel now shows another spot of the tray
        ImagePoint old = new TrayMapping(slanted).toImage(new TrayPoint(0.3, 0.7));
        TrayPoint there = mapping.toTray(old);
        assertTrue(there == null || Math.hypot(there.x() - 0.3, there.y() - 0.7) > 0.01, "the old pixel is another spot now");
    }

    private static ImagePoint apply(double[] h, ImagePoint p) {
        double w = h[6] * p.x() + h[7] * p.y() + h[8];
        return new ImagePoint((h[0] * p.x() + h[1] * p.y() + h[2]) / w, (h[3] * p.x() + h[4] * p.y() + h[5]) / w);
    }

    /** The homography taking the unit square's corners (0,0), (1,0), (1,1), (0,1) to these, by Gaussian elimination. */
    private static double[] homography(List<ImagePoint> corners) {
        double[][] unit = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        double[][] m = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double u = unit[i][0];
            double v = unit[i][1];
            double x = corners.get(i).x();
            double y = corners.get(i).y();
            m[2 * i] = new double[] {u, v, 1, 0, 0, 0, -u * x, -v * x, x};
            m[2 * i + 1] = new double[] {0, 0, 0, u, v, 1, -u * y, -v * y, y};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r == col) continue;
                double f = m[r][col] / m[col][col];
                for (int k = col; k < 9; k++) m[r][k] -= f * m[col][k];
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) h[i] = m[i][8] / m[i][i];
        h[8] = 1;
        return h;
    }

    /** Where line p1-p2 crosses line p3-p4. */
    private static ImagePoint intersection(ImagePoint p1, ImagePoint p2, ImagePoint p3, ImagePoint p4) {
        double d = (p1.x() - p2.x()) * (p3.y() - p4.y()) - (p1.y() - p2.y()) * (p3.x() - p4.x());
        double a = p1.x() * p2.y() - p1.y() * p2.x();
        double b = p3.x() * p4.y() - p3.y() * p4.x();
        return new ImagePoint((a * (p3.x() - p4.x()) - (p1.x() - p2.x()) * b) / d, (a * (p3.y() - p4.y()) - (p1.y() - p2.y()) * b) / d);
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
