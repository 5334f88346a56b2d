package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.split;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

/**
 * Decides when to take a still by itself: after motion inside the tray (a hand) the tray must
 * stay still for the settle time, and the settled scene must differ from the last one captured.
 * It never fires while the tray moves, nor while a large change reaching the rim (an arm held
 * still over the tray) remains, nor twice for the same scene. Frames are compared small, blurred and
 * brightness-normalised, so lighting flicker is not motion; while the tray is still, the reference
 * scene follows slow changes such as a shadow creeping across.
 */
public final class SettleDetector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettleDetector.class);
    /** How fast the reference follows a still tray (fraction per frame). */
    private static final double DRIFT_RATE = 0.05;

    /** Where the detector is. */
    public enum State { WAITING, MOVING, SETTLING }

    /** The outcome of one frame: capture or not, with the measurements that decided it. */
    public record Decision(boolean capture, State state, double motion, double sceneChange, String reason) {}

    private final SettleParameters parameters;
    private final Rect trayRegion;
    private final Mat small = new Mat();
    private final Mat grey = new Mat();
    private final Mat current = new Mat();
    private final Mat previous = new Mat();
    private final Mat reference = new Mat();
    private final Mat referenceFloat = new Mat();
    private final Mat difference = new Mat();
    private final Mat changed = new Mat();
    private final Mat distance = new Mat();
    private final MatVector channels = new MatVector();
    private boolean started;
    private State state = State.WAITING;
    private long lastMotionMillis;

    /** @param trayRegion the tray's inside on the image, or null to watch the whole frame */
    public SettleDetector(SettleParameters parameters, Rect trayRegion) {
        this.parameters = parameters;
        this.trayRegion = trayRegion;
    }

    public State state() { return state; }

    /** Looks at one frame (BGR) taken at the given time and says whether to capture it now. */
    public Decision offer(Mat frame, long millis) {
        prepare(frame);
        if (!started) {
            current.copyTo(previous);
            current.copyTo(reference);
            current.convertTo(referenceFloat, CV_32FC3);
            started = true;
            return new Decision(false, state, 0, 0, "first frame: the reference scene");
        }
        double motion = changedFraction(current, previous);
        current.copyTo(previous);
        if (motion > parameters.motionFraction()) {
            if (state != State.MOVING) log.debug("motion {} at {} ms", String.format("%.4f", motion), millis);
            state = State.MOVING;
            lastMotionMillis = millis;
            return new Decision(false, state, motion, Double.NaN, "motion over the tray");
        }
        if (state == State.WAITING) {
            accumulateWeighted(current, referenceFloat, DRIFT_RATE);
            referenceFloat.convertTo(reference, CV_8UC3);
            return new Decision(false, state, motion, Double.NaN, "tray still, nothing new");
        }
        state = State.SETTLING;
        if (millis - lastMotionMillis < parameters.settleMillis()) {
            return new Decision(false, state, motion, Double.NaN, "settling");
        }
        double scene = changedFraction(current, reference);
        if (scene > parameters.handFraction() && touchesRim()) {
            lastMotionMillis = millis; // wait a full settle time again once the arm has gone
            log.info("not capturing: a large change reaches the rim ({} of the tray), a hand is still over the tray",
                    String.format("%.3f", scene));
            return new Decision(false, state, motion, scene, "hand still over the tray");
        }
        state = State.WAITING;
        if (scene <= parameters.sceneFraction()) {
            log.info("tray settled at {} ms but the scene is the same as the last capture ({}): no still", millis,
                    String.format("%.4f", scene));
            return new Decision(false, state, motion, scene, "same scene as the last capture");
        }
        current.copyTo(reference);
        current.convertTo(referenceFloat, CV_32FC3);
        log.info("tray settled at {} ms with a new scene ({} changed): capture", millis, String.format("%.4f", scene));
        return new Decision(true, state, motion, scene, "settled on a new scene");
    }

    /** Forgets the scene, e.g. after the camera was moved. */
    public void reset() {
        started = false;
        state = State.WAITING;
    }

    private void prepare(Mat frame) {
        Mat region = trayRegion == null ? frame : frame.apply(trayRegion);
        try {
            int width = parameters.workWidth();
            int height = Math.max(1, (int) Math.round((double) region.rows() * width / region.cols()));
            try (Size size = new Size(width, height); Size kernel = new Size(5, 5)) {
                resize(region, small, size, 0, 0, INTER_AREA);
                GaussianBlur(small, small, kernel, 0);
                cvtColor(small, grey, COLOR_BGR2GRAY);
            }
            // brightness-normalised: flicker scales every pixel alike, and is divided out here;
            // colour is kept because a hand differs from sand more in hue than in brightness
            try (Scalar m = mean(grey)) {
                double average = Math.max(1, m.get(0));
                small.convertTo(current, CV_8UC3, 128.0 / average, 0);
            }
        } finally {
            if (region != frame) region.close();
        }
    }

    /** Fraction of pixels whose colour moved by more than the threshold (sum over B, G and R). */
    private double changedFraction(Mat a, Mat b) {
        absdiff(a, b, difference);
        split(difference, channels);
        add(channels.get(0), channels.get(1), distance);
        add(distance, channels.get(2), distance);
        threshold(distance, changed, parameters.pixelThreshold(), 255, THRESH_BINARY);
        return (double) countNonZero(changed) / (changed.rows() * (double) changed.cols());
    }

    /** Whether the last change mask reaches the outer band of the tray, where an arm comes in. */
    private boolean touchesRim() {
        int band = Math.max(1, changed.cols() / 40);
        int rows = changed.rows();
        int cols = changed.cols();
        Rect[] edges = {new Rect(0, 0, cols, band), new Rect(0, rows - band, cols, band),
                new Rect(0, 0, band, rows), new Rect(cols - band, 0, band, rows)};
        for (Rect edge : edges) {
            try (edge; Mat strip = changed.apply(edge)) {
                if (countNonZero(strip) > band * 2) return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (Mat m : new Mat[] {small, grey, current, previous, reference, referenceFloat, difference, changed, distance}) m.close();
        channels.close();
    }
}
