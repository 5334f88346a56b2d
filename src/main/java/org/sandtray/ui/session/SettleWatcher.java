package org.sandtray.ui.session;

import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.ui.Messages;
import org.sandtray.vision.SettleDetector;
import org.sandtray.vision.SettleDetector.Decision;
import org.sandtray.vision.SettleDetector.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sandtray.vision.SettleParameters;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Settle mode in the window: watches the live frames, asks for a still when the tray settles, and
 * says in the status line why no still is taken (a hand still over the tray, nothing new).
 */
final class SettleWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettleWatcher.class);
    private final SettleDetector detector;
    private final Runnable capture;
    private final Messages messages;
    private final Consumer<String> status;
    private final Executor ui;
    private volatile boolean on;
    private Reason lastReason;

    /**
     * @param capture runs on {@code ui} when the tray has settled on a new scene
     * @param status  receives, on {@code ui}, the words for the status line
     */
    SettleWatcher(SettleParameters parameters, Runnable capture, Messages messages, Consumer<String> status, Executor ui) {
        this.detector = new SettleDetector(parameters, null);
        this.capture = capture;
        this.messages = messages;
        this.status = status;
        this.ui = ui;
    }

    void setOn(boolean on) {
        synchronized (detector) {
            if (on && !this.on) {
                detector.reset();
                lastReason = null;
            }
            this.on = on;
        }
    }

    /** On the camera thread. */
    void frame(Mat frame, long millis) {
        if (!on) return;
        Decision decision;
        boolean changed;
        synchronized (detector) {
            decision = detector.offer(frame, millis);
            changed = decision.reason() != lastReason;
            lastReason = decision.reason();
        }
        String words = changed ? words(decision) : null;
        if (words != null) {
            log.info("{} at {} ms", decision.explain(), millis);
            ui.execute(() -> status.accept(words));
        }
        if (decision.capture()) ui.execute(capture);
    }

    /** The status line for a decision worth telling the counselor about, else null. */
    private String words(Decision d) {
        return switch (d.reason()) {
            case HAND_OVER_TRAY -> messages.get("settle.handOverTray", messages.get("settle.rim." + d.hand().side().name()));
            case SAME_SCENE -> messages.get("settle.sameScene");
            case CHANGE_HELD -> messages.get("settle.changeHeld", d.stillMillis() / 1000.0);
            case SETTLED -> d.hand() == null ? null : messages.get("settle.largeChange");
            default -> null;
        };
    }

    @Override
    public void close() {
        synchronized (detector) {
            detector.close();
        }
    }
}
