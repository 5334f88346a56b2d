package org.sandtray.ui.session;

import javafx.application.Platform;
import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.vision.SettleDetector;
import org.sandtray.vision.SettleParameters;

/** Settle mode in the window: watches the live frames and asks for a still when the tray settles. */
final class SettleWatcher implements AutoCloseable {
    private final SettleDetector detector;
    private final Runnable capture;
    private volatile boolean on;

    SettleWatcher(SettleParameters parameters, Runnable capture) {
        this.detector = new SettleDetector(parameters, null);
        this.capture = capture;
    }

    void setOn(boolean on) {
        synchronized (detector) {
            if (on && !this.on) detector.reset();
            this.on = on;
        }
    }

    /** On the camera thread. */
    void frame(Mat frame, long millis) {
        if (!on) return;
        boolean fire;
        synchronized (detector) {
            fire = detector.offer(frame, millis).capture();
        }
        if (fire) Platform.runLater(capture);
    }

    @Override
    public void close() {
        synchronized (detector) {
            detector.close();
        }
    }
}
