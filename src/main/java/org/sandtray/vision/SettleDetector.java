package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Decides when to take a still by itself. After motion inside the tray the tray must stay still
 * for the settle time; then the scene is compared with the last still:
 * <ul>
 * <li>nearly the same: a hand came and went, no still;</li>
 * <li>a change that looks like a hand (an arm across the rim in one or two places, part of the
 *     tray, skin where sand was, or motion that began at the rim): a hand is still over the tray,
 *     no still yet; but if it stays still for twice the settle time it is taken as the new scene,
 *     so a misjudged change never blocks the session;</li>
 * <li>anything else (a placement, sand smoothed wall to wall, a bumped camera, figures knocked
 *     over): a still, and that scene becomes the reference.</li>
 * </ul>
 * Frames are compared small and blurred, with their brightness matched (gain and offset), so
 * flicker and automatic exposure are not motion; while nothing happens the reference follows slow
 * changes such as a shadow creeping across. Each outcome is a {@link Decision} with its reason
 * and the measurements behind it.
 */
public final class SettleDetector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettleDetector.class);
    /** How fast the reference follows a still tray (fraction per frame). */
    private static final double DRIFT_RATE = 0.05;
    /** A change that looks like a hand is taken as the new scene once still this many settle times. */
    public static final int NEW_SCENE_SETTLE_TIMES = 2;

    /** Where the detector is. */
    public enum State { WAITING, MOVING, SETTLING, HAND_HELD }

    /** Why a frame was or was not captured. */
    public enum Reason {
        FIRST_FRAME, QUIET, MOTION, SETTLING,
        /** Not captured: a change that looks like a hand is still over the tray. */
        HAND_OVER_TRAY,
        /** Not captured: the tray settled on the scene of the last still. */
        SAME_SCENE,
        /** Captured: the tray settled on a new scene. */
        SETTLED,
        /** Captured: a change that looked like a hand stayed still for twice the settle time. */
        CHANGE_HELD
    }

    /**
     * The outcome of one frame: capture or not, why, and the measurements that decided it.
     *
     * @param stillMillis how long the tray has been still (0 while it moves)
     * @param hand        the hand evidence when a settled change was judged, else null
     */
    public record Decision(boolean capture, State state, Reason reason, double motion, double sceneChange,
                           long stillMillis, HandEvidence hand) {
        /** One line in English for the log. */
        public String explain() {
            double seconds = stillMillis / 1000.0;
            return switch (reason) {
                case HAND_OVER_TRAY -> String.format(Locale.ROOT, "tray not settled: hand over the tray at the %s rim, still for %.1f s (%s)",
                        hand.side().name().toLowerCase(Locale.ROOT), seconds, hand.describe());
                case SAME_SCENE -> String.format(Locale.ROOT, "tray settled but nothing changed since the last still (%.4f changed): no still",
                        sceneChange);
                case CHANGE_HELD -> String.format(Locale.ROOT, "change held still for %.1f s: taken as the new scene (%s)", seconds,
                        hand.describe());
                case SETTLED -> String.format(Locale.ROOT, "tray settled on a new scene (%.4f changed)%s: still", sceneChange,
                        hand == null ? "" : ", not a hand: " + hand.describe());
                case MOTION -> "motion over the tray";
                case SETTLING -> "settling";
                case QUIET -> "tray still, nothing new";
                case FIRST_FRAME -> "first frame: the reference scene";
            };
        }
    }

    private final SettleParameters parameters;
    private final Rect trayRegion;
    private final ChangeMask changes = new ChangeMask();
    private final HandModel hands = new HandModel();
    private final Mat small = new Mat();
    private Mat current = new Mat();
    private Mat currentGrey = new Mat();
    private Mat previous = new Mat();
    private Mat previousGrey = new Mat();
    private final Mat reference = new Mat();
    private final Mat referenceGrey = new Mat();
    private final Mat referenceFloat = new Mat();
    private boolean started;
    private State state = State.WAITING;
    private long lastMotionMillis;
    private RimSide enteredFrom;
    private HandEvidence heldHand;

    /** @param trayRegion the tray's inside on the image, or null to watch the whole frame */
    public SettleDetector(SettleParameters parameters, Rect trayRegion) {
        this.parameters = parameters;
        this.trayRegion = trayRegion;
    }

    public State state() { return state; }

    /** Looks at one frame (BGR) taken at the given time and says whether to capture it now. */
    public Decision offer(Mat frame, long millis) {
        prepare(frame);
        if (started && (current.cols() != previous.cols() || current.rows() != previous.rows())) {
            log.debug("frame size changed to {}x{}: a new reference scene", frame.cols(), frame.rows());
            reset();
        }
        if (!started) {
            current.copyTo(reference);
            current.convertTo(referenceFloat, CV_32FC3);
            swap();
            started = true;
            state = State.WAITING;
            return new Decision(false, state, Reason.FIRST_FRAME, 0, 0, 0, null);
        }
        double motion = changes.compare(previous, previousGrey, current, currentGrey, parameters.pixelThreshold(), parameters.noiseFactor());
        swap();
        log.trace("{} ms: motion {}", millis, motion);
        if (motion > parameters.motionFraction()) {
            if (state == State.WAITING) {
                enteredFrom = hands.entry(changes.mask(), motion, parameters.handMaxFraction());
                log.debug("motion {} at {} ms, begun {}", String.format(Locale.ROOT, "%.4f", motion), millis,
                        enteredFrom == null ? "away from the rim" : "at the " + enteredFrom + " rim");
            }
            state = State.MOVING;
            lastMotionMillis = millis;
            heldHand = null;
            return new Decision(false, state, Reason.MOTION, motion, Double.NaN, 0, null);
        }
        long still = millis - lastMotionMillis;
        if (state == State.WAITING) {
            accumulateWeighted(previous, referenceFloat, DRIFT_RATE);
            referenceFloat.convertTo(reference, CV_8UC3);
            return new Decision(false, state, Reason.QUIET, motion, Double.NaN, still, null);
        }
        if (state == State.HAND_HELD) {
            if (still < NEW_SCENE_SETTLE_TIMES * parameters.settleMillis()) {
                return new Decision(false, state, Reason.HAND_OVER_TRAY, motion, heldHand.area(), still, heldHand);
            }
            return capture(Reason.CHANGE_HELD, motion, heldHand.area(), still, heldHand, millis);
        }
        if (still < parameters.settleMillis()) {
            state = State.SETTLING;
            return new Decision(false, state, Reason.SETTLING, motion, Double.NaN, still, null);
        }
        return judge(motion, still, millis);
    }

    /** The tray has been still for the settle time: compare with the last still and decide. */
    private Decision judge(double motion, long still, long millis) {
        cvtColor(reference, referenceGrey, COLOR_BGR2GRAY);
        // the noise is the one between the last two (still) frames: a large change would raise this comparison's own
        double noise = changes.lastNoise();
        double scene = changes.compare(reference, referenceGrey, previous, previousGrey, parameters.pixelThreshold(),
                parameters.noiseFactor(), noise);
        if (scene <= parameters.sceneFraction()) {
            state = State.WAITING;
            Decision d = new Decision(false, state, Reason.SAME_SCENE, motion, scene, still, null);
            log.debug("{} at {} ms", d.explain(), millis);
            return d;
        }
        HandEvidence hand = null;
        if (scene > parameters.handFraction()) {
            hand = hands.measure(changes.mask(), previous, reference, scene, enteredFrom, parameters.skinRise());
            if (hand.looksLikeHand(parameters)) {
                state = State.HAND_HELD;
                heldHand = hand;
                Decision d = new Decision(false, state, Reason.HAND_OVER_TRAY, motion, scene, still, hand);
                log.debug("{} at {} ms", d.explain(), millis);
                return d;
            }
        }
        return capture(Reason.SETTLED, motion, scene, still, hand, millis);
    }

    private Decision capture(Reason reason, double motion, double scene, long still, HandEvidence hand, long millis) {
        state = State.WAITING;
        heldHand = null;
        enteredFrom = null;
        previous.copyTo(reference);
        previous.convertTo(referenceFloat, CV_32FC3);
        Decision d = new Decision(true, state, reason, motion, scene, still, hand);
        log.debug("{} at {} ms", d.explain(), millis);
        return d;
    }

    /** Forgets the scene, e.g. after the camera was moved. */
    public void reset() {
        started = false;
        state = State.WAITING;
        heldHand = null;
        enteredFrom = null;
    }

    /** After this the newest frame is {@code previous}, ready to be compared with the next one. */
    private void swap() {
        Mat t = previous;
        previous = current;
        current = t;
        t = previousGrey;
        previousGrey = currentGrey;
        currentGrey = t;
    }

    private void prepare(Mat frame) {
        Mat region = trayRegion == null ? frame : frame.apply(trayRegion);
        try {
            int width = parameters.workWidth();
            int height = Math.max(1, (int) Math.round((double) region.rows() * width / region.cols()));
            try (Size size = new Size(width, height); Size kernel = new Size(5, 5)) {
                resize(region, small, size, 0, 0, INTER_AREA);
                GaussianBlur(small, current, kernel, 0);
                cvtColor(current, currentGrey, COLOR_BGR2GRAY);
            }
        } finally {
            if (region != frame) region.close();
        }
    }

    @Override
    public void close() {
        for (Mat m : new Mat[] {small, current, currentGrey, previous, previousGrey, reference, referenceGrey, referenceFloat}) m.close();
        changes.close();
        hands.close();
    }
}
