package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.split;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.erode;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

/**
 * Which pixels changed between two small colour frames once their brightness is matched. Lights
 * that flicker, a camera's automatic exposure and a video's brightness filter change every pixel
 * by one gain and one offset; those two are fitted on the grey images (twice: the second fit
 * leaves out the pixels the first found changed, so a hand does not bend it) and taken out before
 * the colour difference is thresholded. The threshold rises with the frame's own noise (a multiple
 * of the median difference, which a hand or a figure covering less than half the picture does not
 * move), and changed specks smaller than 3x3 pixels are dropped: sensor noise and compression make
 * specks, a hand or a figure makes areas.
 */
final class ChangeMask implements AutoCloseable {
    /** Every second pixel of every second row is enough for two numbers. */
    private static final int STEP = 2;
    private final Mat aligned = new Mat();
    private final Mat difference = new Mat();
    private final Mat distance = new Mat();
    private final Mat raw = new Mat();
    private final Mat mask = new Mat();
    private final Mat kernel = new Mat();
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
     * {@code pixelThreshold} and {@code noiseFactor} times the noise (the median difference; when
     * {@code noise} is negative, this comparison's own). The mask stays until the next call.
     */
    double compare(Mat a, Mat greyOfA, Mat b, Mat greyOfB, int pixelThreshold, double noiseFactor, double noise) {
        double[] fit = fitBrightness(greyOfA, greyOfB);
        a.convertTo(aligned, CV_8UC3, fit[0], fit[1]);
        absdiff(aligned, b, difference);
        split(difference, channels);
        add(channels.get(0), channels.get(1), distance);
        add(distance, channels.get(2), distance);
        lastNoise = medianDistance();
        threshold(distance, raw, Math.max(pixelThreshold, noiseFactor * (noise < 0 ? lastNoise : noise)), 255, THRESH_BINARY);
        raw.copyTo(mask);
        return (double) countNonZero(mask) / (mask.rows() * (double) mask.cols());
    }

    private double medianDistance() {
        int n = distance.rows() * distance.cols();
        if (distances.length != n) distances = new byte[n];
        distance.data().get(distances);
        java.util.Arrays.fill(histogram, 0);
        for (int i = 0; i < n; i += STEP) histogram[distances[i] & 0xFF]++;
        return median(histogram);
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
                if (Math.abs(gain * va + offset - vb) > limit) continue;
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
        for (Mat m : new Mat[] {aligned, difference, distance, raw, mask, kernel}) m.close();
        channels.close();
    }
}
