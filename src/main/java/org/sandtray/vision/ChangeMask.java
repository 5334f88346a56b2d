package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Scalar;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.max;
import static org.bytedeco.opencv.global.opencv_core.min;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.split;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

/**
 * Which pixels changed between two small colour frames once their brightness is matched. Lights
 * that flicker, a camera's automatic exposure and a video's brightness filter change every pixel
 * by one gain and one offset; those two are fitted on the grey images (twice: the second fit
 * leaves out the pixels the first found changed, so a hand does not bend it) and taken out before
 * the colour difference is thresholded. The threshold rises with the frame's own noise (a multiple
 * of the median difference, which a hand or a figure covering less than half the picture does not
 * move). Channel values within 20 of black or white are taken as 20 from it: a brightness change
 * that crushed them to black (or burnt them to white) cannot be undone, and is not a change.
 */
final class ChangeMask implements AutoCloseable {
    /** Channel values this close to black or white may have been clipped. */
    private static final int CLIPPED = 20;
    /** Every second pixel of every second row is enough for two numbers. */
    private static final int STEP = 2;
    private final Mat aligned = new Mat();
    private final Mat difference = new Mat();
    private final Mat distance = new Mat();
    private final Mat bounded = new Mat();
    private final Mat floor = new Mat();
    private final Mat ceiling = new Mat();
    private final Mat mask = new Mat();
    private byte[] distances = new byte[0];
    private double lastNoise;
    private final MatVector channels = new MatVector();
    private byte[] greyA = new byte[0];
    private byte[] greyB = new byte[0];
    private final int[] histogram = new int[256];

    /**
     * As {@link #compare(Mat, Mat, Mat, Mat, int, double, double)}, with the noise measured on this
     * comparison itself (right when less than half the picture changed, as between two frames).
     */
    double compare(Mat a, Mat greyOfA, Mat b, Mat greyOfB, int pixelThreshold, double noiseFactor) {
        return compare(a, greyOfA, b, greyOfB, pixelThreshold, noiseFactor, -1);
    }

    /**
     * Compares {@code a} with {@code b} (BGR, same size) whose grey images are given; returns the
     * fraction of pixels whose B+G+R difference exceeds the threshold: the larger of
     * {@code pixelThreshold} and {@code noiseFactor} times the noise (the median difference of the
     * pixels neither frame clipped; when {@code noise} is negative, this comparison's own). The mask stays until the next call.
     */
    double compare(Mat a, Mat greyOfA, Mat b, Mat greyOfB, int pixelThreshold, double noiseFactor, double noise) {
        double[] fit = fitBrightness(greyOfA, greyOfB);
        a.convertTo(aligned, CV_8UC3, fit[0], fit[1]);
        // where a brightness change crushed a channel to black (or burnt it to white) it cannot be
        // undone: differences beyond these limits are not counted
        if (floor.rows() != a.rows() || floor.cols() != a.cols()) {
            floor.create(a.rows(), a.cols(), CV_8UC3);
            ceiling.create(a.rows(), a.cols(), CV_8UC3);
            try (Scalar low = Scalar.all(CLIPPED); Scalar high = Scalar.all(255 - CLIPPED)) {
                floor.put(low);
                ceiling.put(high);
            }
        }
        max(aligned, floor, aligned);
        min(aligned, ceiling, aligned);
        max(b, floor, bounded);
        min(bounded, ceiling, bounded);
        absdiff(aligned, bounded, difference);
        split(difference, channels);
        add(channels.get(0), channels.get(1), distance);
        add(distance, channels.get(2), distance);
        lastNoise = medianDistance();
        threshold(distance, mask, Math.max(pixelThreshold, noiseFactor * (noise < 0 ? lastNoise : noise)), 255, THRESH_BINARY);

        return (double) countNonZero(mask) / (mask.rows() * (double) mask.cols());
    }

    private double medianDistance() {
        int n = distance.rows() * distance.cols();
        if (distances.length != n) distances = new byte[n];
        distance.data().get(distances);
        java.util.Arrays.fill(histogram, 0);
        // the noise of pixels that were clipped is clipped too: measure it where neither frame was
        int counted = 0;
        for (int i = 0; i < n; i += STEP) {
            if (clipped(greyA[i] & 0xFF) || clipped(greyB[i] & 0xFF)) continue;
            histogram[distances[i] & 0xFF]++;
            counted++;
        }
        return counted == 0 ? 0 : median(histogram);
    }

    /** The median B+G+R difference of the last comparison: its noise, when little changed. */
    double lastNoise() { return lastNoise; }

    /** 255 where the last comparison found a change (8-bit, one channel). */
    Mat mask() { return mask; }

    /** Gain and offset taking grey {@code a} to grey {@code b}, fitted robustly. */
    double[] fitBrightness(Mat a, Mat b) {
        int n = a.rows() * a.cols();
        if (greyA.length != n) {
            greyA = new byte[n];
            greyB = new byte[n];
        }
        a.data().get(greyA);
        b.data().get(greyB);
        int cols = a.cols();
        double[] fit = leastSquares(cols, Double.POSITIVE_INFINITY, 1, 0);
        // leave out what changed for real: residuals over three times the typical one (at least 6 grey levels)
        java.util.Arrays.fill(histogram, 0);
        for (int y = 0; y < a.rows(); y += STEP) {
            for (int x = 0; x < cols; x += STEP) {
                int i = y * cols + x;
                int r = (int) Math.abs(fit[0] * (greyA[i] & 0xFF) + fit[1] - (greyB[i] & 0xFF));
                histogram[Math.min(255, r)]++;
            }
        }
        double limit = Math.max(6, 3 * median(histogram));
        return leastSquares(cols, limit, fit[0], fit[1]);
    }

    private double[] leastSquares(int cols, double limit, double gain, double offset) {
        double n = 0;
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sab = 0;
        int rows = greyA.length / cols;
        for (int y = 0; y < rows; y += STEP) {
            for (int x = 0; x < cols; x += STEP) {
                int i = y * cols + x;
                int va = greyA[i] & 0xFF;
                int vb = greyB[i] & 0xFF;
                if (clipped(va) || clipped(vb) || Math.abs(gain * va + offset - vb) > limit) continue;
                n++;
                sa += va;
                sb += vb;
                saa += (double) va * va;
                sab += (double) va * vb;
            }
        }
        if (n < 16) return new double[] {1, 0};
        double variance = saa / n - (sa / n) * (sa / n);
        if (variance < 4) return new double[] {1, (sb - sa) / n}; // a flat picture: only the offset can be told
        double g = (sab / n - (sa / n) * (sb / n)) / variance;
        g = Math.max(0.5, Math.min(2, g));
        return new double[] {g, (sb - g * sa) / n};
    }

    /** Clipped values say nothing about the gain and offset that made them. */
    private static boolean clipped(int grey) {
        return grey <= CLIPPED || grey >= 255 - CLIPPED;
    }

    private static double median(int[] histogram) {
        int total = 0;
        for (int h : histogram) total += h;
        int seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen * 2 >= total) return v;
        }
        return 0;
    }

    @Override
    public void close() {
        for (Mat m : new Mat[] {aligned, bounded, floor, ceiling, difference, distance, mask}) m.close();
        channels.close();
    }
}
