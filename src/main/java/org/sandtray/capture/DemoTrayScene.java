package org.sandtray.capture;


import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TraySetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.line;

/**
 * A sand tray seen from above, as a function of time: sand in a wooden rim, figures put down one
 * by one by a hand that reaches in from the rim, holds, and leaves. Optionally the light flickers
 * or a shadow creeps across. Deterministic, so tests know when each figure was placed.
 */
public final class DemoTrayScene {
    /** How long a hand takes to reach in, and to leave. */
    public static final long REACH_MILLIS = 700;
    /** How long it holds over the spot; the figure is down half-way. */
    public static final long HOLD_MILLIS = 400;

    /**
     * A visit of the hand: from the start time it reaches (x, y) in tray units, holds there, and
     * leaves; if it places, the figure is down half-way through the hold.
     */
    public record Visit(long startMillis, double x, double y, int colour, boolean places, long holdMillis) {
        public Visit(long startMillis, double x, double y, int colour, boolean places) {
            this(startMillis, x, y, colour, places, HOLD_MILLIS);
        }

        public long placedAtMillis() { return startMillis + REACH_MILLIS + holdMillis / 2; }

        public long leftAtMillis() { return startMillis + 2 * REACH_MILLIS + holdMillis; }
    }

    /** Lighting effects that must not be mistaken for a hand. */
    public record Lighting(double flickerAmplitude, double shadowCrossMillis) {
        public static final Lighting STEADY = new Lighting(0, 0);
    }

    private static final Scalar[] COLOURS = {new Scalar(60, 60, 220, 0), new Scalar(40, 140, 240, 0),
            new Scalar(50, 160, 50, 0), new Scalar(160, 90, 60, 0), new Scalar(200, 60, 60, 0), new Scalar(180, 50, 180, 0),
            new Scalar(0, 215, 255, 0), new Scalar(30, 90, 140, 0)};
    private static final Scalar SKIN = new Scalar(130, 165, 215, 0);
    private static final Scalar RIM = new Scalar(40, 80, 120, 0);

    private final int width;
    private final int height;
    private final int rim;
    private final List<Visit> visits;
    private final Lighting lighting;
    private final long loopMillis;
    private final byte[] sand;
    /** The sand is the same for every scene of a size: made once, shared (never written to). */
    private static final java.util.Map<String, byte[]> SAND = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param loopMillis the scene starts over (tray emptied) after this long; 0 plays once
     */
    public DemoTrayScene(int width, int height, List<Visit> visits, Lighting lighting, long loopMillis) {
        this.width = width;
        this.height = height;
        this.rim = Math.max(8, width / 20);
        this.visits = List.copyOf(visits);
        this.lighting = lighting;
        this.loopMillis = loopMillis;
        this.sand = SAND.computeIfAbsent(width + "x" + height, k -> grain(width, height, rim));
    }

    /** The demo the program shows with no camera: a figure every 6 seconds, starting over after twelve. */
    public static DemoTrayScene standard(int width, int height) {
        Random random = new Random(7);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            visits.add(new Visit(2000 + i * 6000L, 0.1 + 0.8 * random.nextDouble(), 0.1 + 0.8 * random.nextDouble(), i, true));
        }
        return new DemoTrayScene(width, height, visits, Lighting.STEADY, 2000 + 12 * 6000L + 4000);
    }

    public int width() { return width; }

    public int height() { return height; }

    public List<Visit> visits() { return visits; }

    /** The tray's inside on the image. */
    public Rect inside() {
        return new Rect(rim, rim, width - 2 * rim, height - 2 * rim);
    }

    /** The tray setup of the demo camera: its inner corners, as a counselor would mark them. */
    public TraySetup traySetup() {
        return new TraySetup(0, TraySetup.DEFAULT_WIDTH_CM,
                TraySetup.DEFAULT_HEIGHT_CM, width, height, List.of(
                new ImagePoint(rim, rim), new ImagePoint(width - rim, rim),
                new ImagePoint(width - rim, height - rim), new ImagePoint(rim, height - rim)));
    }

    /** Draws the scene at the given time into the frame (allocated BGR of the scene's size if needed). */
    public void render(Mat frame, long millis) {
        long t = loopMillis > 0 ? millis % loopMillis : millis;
        frame.create(height, width, CV_8UC3);
        frame.data().put(sand, 0, sand.length);
        for (Visit v : visits) {
            if (v.places() && t >= v.placedAtMillis()) drawFigure(frame, v);
        }
        for (Visit v : visits) {
            if (t >= v.startMillis() && t < v.leftAtMillis()) drawHand(frame, v, t);
        }
        applyLighting(frame, t);
    }

    private int px(double x) { return rim + (int) Math.round(x * (width - 2 * rim)); }

    private int py(double y) { return rim + (int) Math.round(y * (height - 2 * rim)); }

    private void drawFigure(Mat frame, Visit v) {
        int r = Math.max(6, width / 45);
        try (Point shadow = new Point(px(v.x()) + r / 3, py(v.y()) + r / 3); Point centre = new Point(px(v.x()), py(v.y()))) {
            circle(frame, shadow, r, new Scalar(90, 130, 150, 0), FILLED, LINE_AA, 0);
            circle(frame, centre, r, COLOURS[v.colour() % COLOURS.length], FILLED, LINE_AA, 0);
            circle(frame, centre, r, new Scalar(30, 30, 30, 0), 2, LINE_AA, 0);
        }
    }

    /** The arm comes from the nearest edge of the image, reaches the spot, holds, goes back. */
    private void drawHand(Mat frame, Visit v, long t) {
        long dt = t - v.startMillis();
        double reach;
        if (dt < REACH_MILLIS) reach = (double) dt / REACH_MILLIS;
        else if (dt < REACH_MILLIS + v.holdMillis()) reach = 1;
        else reach = 1 - (double) (dt - REACH_MILLIS - v.holdMillis()) / REACH_MILLIS;
        int tx = px(v.x());
        int ty = py(v.y());
        int ex;
        int ey;
        double[] d = {v.x(), 1 - v.x(), v.y(), 1 - v.y()};
        int nearest = 0;
        for (int i = 1; i < 4; i++) if (d[i] < d[nearest]) nearest = i;
        switch (nearest) {
            case 0 -> { ex = -width / 10; ey = ty; }
            case 1 -> { ex = width + width / 10; ey = ty; }
            case 2 -> { ex = tx; ey = -height / 10; }
            default -> { ex = tx; ey = height + height / 10; }
        }
        int hx = (int) Math.round(ex + (tx - ex) * reach);
        int hy = (int) Math.round(ey + (ty - ey) * reach);
        int armWidth = Math.max(10, width / 14);
        try (Point from = new Point(ex, ey); Point to = new Point(hx, hy);
             Size palm = new Size(armWidth * 3 / 4, armWidth * 2 / 3)) {
            line(frame, from, to, SKIN, armWidth, LINE_AA, 0);
            ellipse(frame, to, palm, 0, 0, 360, SKIN, FILLED, LINE_AA, 0);
        }
    }

    private void applyLighting(Mat frame, long t) {
        if (lighting.flickerAmplitude() > 0) {
            // mains flicker seen through a cheap webcam: brightness beats a few times a second
            double gain = 1 + lighting.flickerAmplitude() * Math.sin(2 * Math.PI * t / 230.0);
            frame.convertTo(frame, -1, gain, 0);
        }
        if (lighting.shadowCrossMillis() > 0) {
            int edge = (int) Math.min(width, width * (t / lighting.shadowCrossMillis()));
            if (edge > 0) {
                try (Rect band = new Rect(0, 0, edge, height); Mat shade = frame.apply(band)) {
                    shade.convertTo(shade, -1, 0.8, 0);
                }
            }
        }
    }

    private static byte[] grain(int width, int height, int rim) {
        Random random = new Random(20261128L);
        byte[] bgr = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                boolean inside = x >= rim && x < width - rim && y >= rim && y < height - rim;
                if (!inside) {
                    bgr[i] = (byte) RIM.get(0);
                    bgr[i + 1] = (byte) RIM.get(1);
                    bgr[i + 2] = (byte) RIM.get(2);
                    continue;
                }
                int g = (int) (random.nextGaussian() * 9);
                bgr[i] = (byte) clamp(150 + g);
                bgr[i + 1] = (byte) clamp(200 + g);
                bgr[i + 2] = (byte) clamp(222 + g);
            }
        }
        return bgr;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

}
