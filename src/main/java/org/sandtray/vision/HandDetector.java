package org.sandtray.vision;

import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.domain.ImagePoint;

import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2YCrCb;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_ELLIPSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_OPEN;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Finds hands and arms over the sand: skin-coloured pixels (the usual YCrCb box) that are also
 * redder than the sand itself (the sand's median colour is measured on each image, since sand is
 * beige too), grouped into patches. A patch is a hand when it reaches in over the tray's rim, or
 * when it is large; a small red figure in the middle of the tray is not. Only the tray's inside is
 * searched: the room around it is the face detector's job. Thread-safe (no state between calls).
 */
public final class HandDetector {
    private final HandParameters parameters;

    public HandDetector(HandParameters parameters) {
        this.parameters = parameters;
    }

    public HandDetector() {
        this(HandParameters.defaults());
    }

    /**
     * The hands on a BGR image inside the tray.
     *
     * @param tray the tray's inner corners on the image (top-left, top-right, bottom-right,
     *             bottom-left), or null when the whole image is the tray (a rectified still)
     */
    public List<BlurRegion> find(Mat bgr, List<ImagePoint> tray) {
        double scale = Math.min(1.0, (double) parameters.workWidth() / bgr.cols());
        int w = Math.max(1, (int) Math.round(bgr.cols() * scale));
        int h = Math.max(1, (int) Math.round(bgr.rows() * scale));
        byte[] ycc = new byte[w * h * 3];
        try (Mat small = new Mat(); Mat converted = new Mat(); Size size = new Size(w, h)) {
            resize(bgr, small, size, 0, 0, INTER_AREA);
            cvtColor(small, converted, COLOR_BGR2YCrCb);
            converted.data().get(ycc);
        }
        Quad quad = tray == null ? Quad.whole(w, h) : Quad.of(tray, scale);
        boolean[] inside = new boolean[w * h];
        int[] crHistogram = new int[256];
        int trayPixels = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (quad.contains(x + 0.5, y + 0.5)) {
                    inside[y * w + x] = true;
                    crHistogram[ycc[3 * (y * w + x) + 1] & 0xFF]++;
                    trayPixels++;
                }
            }
        }
        if (trayPixels == 0) return List.of();
        int sandCr = median(crHistogram, trayPixels);
        byte[] skin = new byte[w * h];
        for (int i = 0; i < w * h; i++) {
            if (!inside[i]) continue;
            int yy = ycc[3 * i] & 0xFF;
            int cr = ycc[3 * i + 1] & 0xFF;
            int cb = ycc[3 * i + 2] & 0xFF;
            if (yy >= parameters.yMin() && cr >= parameters.crMin() && cr <= parameters.crMax() && cb >= parameters.cbMin()
                    && cb <= parameters.cbMax() && cr - sandCr >= parameters.crAboveSand()) {
                skin[i] = (byte) 255;
            }
        }
        List<BlurRegion> out = new ArrayList<>();
        try (Mat mask = new Mat(h, w, CV_8UC1); Mat labels = new Mat(); Mat stats = new Mat(); Mat centroids = new Mat();
             Size small = new Size(3, 3); Size large = new Size(7, 7);
             Mat open = getStructuringElement(MORPH_ELLIPSE, small); Mat close = getStructuringElement(MORPH_ELLIPSE, large)) {
            mask.data().put(skin);
            morphologyEx(mask, mask, MORPH_OPEN, open);
            morphologyEx(mask, mask, MORPH_CLOSE, close);
            int n = connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
            byte[] cleaned = new byte[w * h];
            mask.data().get(cleaned);
            int[] label = new int[w * h];
            try (IntIndexer l = labels.createIndexer()) {
                for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) label[y * w + x] = l.get(y, x);
            }
            boolean[] touchesRim = new boolean[n];
            double band = parameters.rimBand() * Math.min(w, h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int l = label[y * w + x];
                    if (l > 0 && !touchesRim[l] && quad.distanceToEdge(x + 0.5, y + 0.5) <= band) touchesRim[l] = true;
                }
            }
            try (IntIndexer s = stats.createIndexer()) {
                for (int l = 1; l < n; l++) {
                    double area = (double) s.get(l, 4) / trayPixels;
                    boolean hand = area >= parameters.largeArea() || (touchesRim[l] && area >= parameters.minArea());
                    if (!hand) continue;
                    int left = s.get(l, 0);
                    int top = s.get(l, 1);
                    out.add(BlurRegion.ofPixels(left, top, left + s.get(l, 2), top + s.get(l, 3), w, h,
                            BlurRegion.Kind.HAND, area).grown(parameters.margin()));
                }
            }
        }
        return out;
    }

    private static int median(int[] histogram, int total) {
        int seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen * 2 >= total) return v;
        }
        return 255;
    }

    /** The tray's inside on the work image: a convex quadrilateral. */
    private record Quad(double[] xs, double[] ys) {
        static Quad whole(int w, int h) {
            return new Quad(new double[] {0, w, w, 0}, new double[] {0, 0, h, h});
        }

        static Quad of(List<ImagePoint> corners, double scale) {
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int i = 0; i < 4; i++) {
                xs[i] = corners.get(i).x() * scale;
                ys[i] = corners.get(i).y() * scale;
            }
            return new Quad(xs, ys);
        }

        boolean contains(double x, double y) {
            int sign = 0;
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                double cross = (xs[j] - xs[i]) * (y - ys[i]) - (ys[j] - ys[i]) * (x - xs[i]);
                int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
                if (s == 0) continue;
                if (sign == 0) sign = s;
                else if (s != sign) return false;
            }
            return true;
        }

        double distanceToEdge(double x, double y) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                double dx = xs[j] - xs[i];
                double dy = ys[j] - ys[i];
                double t = Math.max(0, Math.min(1, ((x - xs[i]) * dx + (y - ys[i]) * dy) / (dx * dx + dy * dy)));
                best = Math.min(best, Math.hypot(x - xs[i] - t * dx, y - ys[i] - t * dy));
            }
            return best;
        }
    }
}
