package org.sandtray.capture;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REFLECT;
import static org.bytedeco.opencv.global.opencv_core.CV_16SC3;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_core.setRNGSeed;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

/**
 * Building blocks for the settle detector's fixtures beyond the demo tray's own visits: the tray
 * framed in other ways (on a table, or the camera framed to the sand only), arms of other skin
 * colours and sleeves, sand with furrows smoothed away, a camera nudged, figures knocked over,
 * sensor noise and flicker. All deterministic: a frame depends only on its time.
 */
final class FixtureScenes {
    static final Scalar DEMO_SKIN = new Scalar(130, 165, 215, 0);
    static final Scalar DARK_SKIN = new Scalar(60, 95, 150, 0);
    static final Scalar PINK_SKIN = new Scalar(150, 170, 235, 0);
    static final Scalar BLUE_SLEEVE = new Scalar(150, 80, 40, 0);
    static final Scalar SAND = new Scalar(150, 200, 222, 0);

    private FixtureScenes() {}

    /** A scene as a function of time (BGR frames). */
    interface Scene {
        void render(Mat frame, long millis);
    }

    /** Something drawn over the view at a time. */
    interface Layer {
        void draw(Mat frame, long millis);
    }

    /** The tray seen from above, filling the picture to its wooden rim (the demo camera's view). */
    static Scene demo(DemoTrayScene tray) {
        return tray::render;
    }

    /** The camera framed to the sand only: the tray's inside fills the picture, so the sand meets the picture's edge. */
    static Scene sandOnly(DemoTrayScene tray, int width, int height) {
        Mat whole = new Mat();
        return (frame, t) -> {
            tray.render(whole, t);
            try (Rect inside = tray.inside(); Mat sand = whole.apply(inside); Size size = new Size(width, height)) {
                resize(sand, frame, size, 0, 0, INTER_AREA);
            }
        };
    }

    /** The tray on a wood-grain table: the camera sees the table all round, so a bump moves the picture's edges. */
    static Scene onTable(DemoTrayScene tray, int width, int height) {
        Mat table = table(width, height);
        Mat inner = new Mat();
        int x = (width - tray.width()) / 2;
        int y = (height - tray.height()) / 2;
        return (frame, t) -> {
            table.copyTo(frame);
            tray.render(inner, t);
            try (Rect at = new Rect(x, y, tray.width(), tray.height()); Mat spot = frame.apply(at)) {
                inner.copyTo(spot);
            }
        };
    }

    private static Mat table(int width, int height) {
        Random random = new Random(4242);
        byte[] bgr = new byte[width * height * 3];
        for (int yy = 0; yy < height; yy++) {
            double grain = 20 * Math.sin(yy / 3.0 + 2 * Math.sin(yy / 17.0));
            for (int xx = 0; xx < width; xx++) {
                int i = 3 * (yy * width + xx);
                double v = grain + random.nextGaussian() * 12 + 15 * Math.sin(xx / 23.0);
                bgr[i] = (byte) clamp(60 + v * 0.6);
                bgr[i + 1] = (byte) clamp(85 + v * 0.8);
                bgr[i + 2] = (byte) clamp(110 + v);
            }
        }
        Mat table = new Mat(height, width, CV_8UC3);
        table.data().put(bgr, 0, bgr.length);
        try (Size k = new Size(3, 3)) {
            GaussianBlur(table, table, k, 0);
        }
        return table;
    }

    /** The view with layers drawn over it, then lighting, a camera nudge and noise, in that order. */
    static Scene compose(Scene view, List<Layer> layers, Lighting lighting, List<Nudge> nudges, double noiseSigma) {
        Mat shifted = new Mat();
        return (frame, t) -> {
            view.render(frame, t);
            for (Layer layer : layers) layer.draw(frame, t);
            lighting.apply(frame, t);
            for (Nudge nudge : nudges) nudge.apply(frame, shifted, t);
            if (noiseSigma > 0) noise(frame, t, noiseSigma);
        };
    }

    static Scene compose(Scene view, List<Layer> layers) {
        return compose(view, layers, Lighting.STEADY, List.of(), 0);
    }

    /** Sensor noise, the same for the same time. */
    private static void noise(Mat frame, long t, double sigma) {
        setRNGSeed((int) (t * 31 + 7));
        try (Mat n = new Mat(frame.rows(), frame.cols(), CV_16SC3); Mat wide = new Mat();
             Mat mean = new Mat(1, 3, CV_64F, new Scalar(0)); Mat sd = new Mat(1, 3, CV_64F, new Scalar(sigma))) {
            randn(n, mean, sd);
            frame.convertTo(wide, CV_16SC3);
            add(wide, n, wide);
            wide.convertTo(frame, CV_8UC3);
        }
    }

    /** Light that beats: a gain (mains flicker, exposure) and an offset (a brightness filter), each a sine. */
    record Lighting(double gainAmplitude, double offsetAmplitude, double hertz) {
        static final Lighting STEADY = new Lighting(0, 0, 0);

        void apply(Mat frame, long t) {
            if (gainAmplitude == 0 && offsetAmplitude == 0) return;
            double s = Math.sin(2 * Math.PI * hertz * t / 1000.0);
            frame.convertTo(frame, -1, 1 + gainAmplitude * s, offsetAmplitude * s);
        }
    }

    /** The camera arm nudged: from the start time the picture slides by (dx, dy) pixels, over moveMillis. */
    record Nudge(long startMillis, long moveMillis, double dx, double dy) {
        void apply(Mat frame, Mat scratch, long t) {
            if (t < startMillis) return;
            double p = Math.min(1, (double) (t - startMillis) / moveMillis);
            try (DoublePointer m = new DoublePointer(1, 0, dx * p, 0, 1, dy * p); Mat affine = new Mat(2, 3, CV_64F, m);
                 Size size = new Size(frame.cols(), frame.rows())) {
                warpAffine(frame, scratch, affine, size, INTER_LINEAR, BORDER_REFLECT, new Scalar(0));
            }
            scratch.copyTo(frame);
        }
    }

    /**
     * An arm that reaches in from a side of the picture to (x, y) (fractions of the picture), holds,
     * and goes back; if it places, a figure of the colour is down half-way through the hold.
     */
    record Arm(long startMillis, double x, double y, long holdMillis, Scalar sleeve, Scalar skin, Scalar figure) implements Layer {
        static final long REACH = 700;

        long leftAtMillis() { return startMillis + 2 * REACH + holdMillis; }

        long placedAtMillis() { return startMillis + REACH + holdMillis / 2; }

        @Override
        public void draw(Mat frame, long t) {
            int w = frame.cols();
            int h = frame.rows();
            int tx = (int) Math.round(x * w);
            int ty = (int) Math.round(y * h);
            if (figure != null && t >= placedAtMillis()) drawFigure(frame, tx, ty, Math.max(6, w / 45), figure);
            if (t < startMillis || t >= leftAtMillis()) return;
            long dt = t - startMillis;
            double reach = dt < REACH ? (double) dt / REACH : dt < REACH + holdMillis ? 1 : 1 - (double) (dt - REACH - holdMillis) / REACH;
            double[] d = {x, 1 - x, y, 1 - y};
            int nearest = 0;
            for (int i = 1; i < 4; i++) if (d[i] < d[nearest]) nearest = i;
            int ex = nearest == 0 ? -w / 10 : nearest == 1 ? w + w / 10 : tx;
            int ey = nearest == 2 ? -h / 10 : nearest == 3 ? h + h / 10 : ty;
            arm(frame, ex, ey, (int) Math.round(ex + (tx - ex) * reach), (int) Math.round(ey + (ty - ey) * reach), sleeve, skin);
        }
    }

    static void arm(Mat frame, int ex, int ey, int hx, int hy, Scalar sleeve, Scalar skin) {
        int armWidth = Math.max(10, frame.cols() / 14);
        try (Point from = new Point(ex, ey); Point to = new Point(hx, hy);
             Size palm = new Size(armWidth * 3 / 4, armWidth * 2 / 3)) {
            line(frame, from, to, sleeve, armWidth, LINE_AA, 0);
            ellipse(frame, to, palm, 0, 0, 360, skin, FILLED, LINE_AA, 0);
        }
    }

    static void drawFigure(Mat frame, int x, int y, int r, Scalar colour) {
        try (Point shadow = new Point(x + r / 3, y + r / 3); Point centre = new Point(x, y)) {
            circle(frame, shadow, r, new Scalar(90, 130, 150, 0), FILLED, LINE_AA, 0);
            circle(frame, centre, r, colour, FILLED, LINE_AA, 0);
            circle(frame, centre, r, new Scalar(30, 30, 30, 0), 2, LINE_AA, 0);
        }
    }

    /**
     * Furrows raked in the sand (dark wavy lines from edge to edge), smoothed away by a hand that
     * sweeps across from one side between the start time and start + sweepMillis, then leaves
     * the way it came over {@link Arm#REACH}. Horizontal furrows swept from the bottom when
     * {@code vertical} is false; vertical furrows swept from the left when true.
     */
    record Smoothing(long startMillis, long sweepMillis, int furrows, boolean vertical, Scalar skin) implements Layer {
        long leftAtMillis() { return startMillis + sweepMillis + Arm.REACH; }

        @Override
        public void draw(Mat frame, long t) {
            int w = frame.cols();
            int h = frame.rows();
            double front = t < startMillis ? 0 : Math.min(1, (double) (t - startMillis) / sweepMillis);
            int thick = Math.max(4, w / 60);
            Scalar furrow = new Scalar(105, 150, 175, 0);
            int extent = vertical ? w : h;
            for (int k = 0; k < furrows; k++) {
                double c = (k + 0.5) / furrows;
                List<Point> pts = new ArrayList<>();
                int along = vertical ? h : w;
                for (int s = -10; s <= along + 10; s += 10) {
                    double wave = 0.02 * extent * Math.sin(s / (double) along * 6 + k);
                    pts.add(vertical ? new Point((int) (c * w + wave), s) : new Point(s, (int) (c * h + wave)));
                }
                for (int i = 1; i < pts.size(); i++) {
                    Point a = pts.get(i - 1);
                    Point b = pts.get(i);
                    // the swept part (behind the hand) is smooth already
                    double pos = vertical ? a.x() / (double) w : 1 - a.y() / (double) h;
                    if (pos > front) line(frame, a, b, furrow, thick, LINE_AA, 0);
                }
                pts.forEach(Point::close);
            }
            if (t < startMillis || t >= leftAtMillis()) return;
            double reach = t < startMillis + sweepMillis ? front : 1 - (double) (t - startMillis - sweepMillis) / Arm.REACH;
            if (vertical) {
                int hx = (int) Math.round(reach * w);
                arm(frame, hx, h + h / 10, hx, (int) (h * 0.5), skin, skin);
            } else {
                int hy = (int) Math.round(h - reach * h);
                arm(frame, -w / 10, hy, (int) (w * 0.5), hy, skin, skin);
            }
        }
    }

    /**
     * Figures standing in a cluster, knocked over by an arm at knockMillis: each then lies further
     * along the push, some off the tray. The arm reaches the cluster from a side and goes back.
     */
    record KnockOver(long startMillis, double x, double y, double pushX, double pushY, Scalar skin) implements Layer {
        long knockMillis() { return startMillis + Arm.REACH; }

        long leftAtMillis() { return startMillis + 2 * Arm.REACH + 200; }

        @Override
        public void draw(Mat frame, long t) {
            int w = frame.cols();
            int h = frame.rows();
            int r = Math.max(6, w / 45);
            boolean down = t >= knockMillis();
            for (int i = 0; i < 5; i++) {
                double fx = x + 0.05 * (i % 3) - 0.05;
                double fy = y + 0.06 * (i / 3);
                Scalar colour = new Scalar(40 + 40 * i, 200 - 30 * i, 60 + 25 * i, 0);
                if (!down) {
                    drawFigure(frame, (int) (fx * w), (int) (fy * h), r, colour);
                } else {
                    double k = 0.6 + 0.25 * i;
                    int px = (int) ((fx + pushX * k) * w);
                    int py = (int) ((fy + pushY * k) * h);
                    try (Point c = new Point(px, py); Size axes = new Size(r * 2, r / 2 + 1)) {
                        ellipse(frame, c, axes, Math.toDegrees(Math.atan2(pushY, pushX)), 0, 360, colour, FILLED, LINE_AA, 0);
                    }
                }
            }
            new Arm(startMillis, x, y, 200, skin, skin, null).draw(frame, t);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(255, v));
    }
}
