package org.sandtray.export;

import org.sandtray.vision.BlurRegion;
import org.sandtray.vision.FaceDetector;
import org.sandtray.vision.HandDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The detectors an export runs on each picture: faces anywhere, hands over the tray. Not
 * thread-safe: one per thread, borrowed from a small pool (loading the model and the cascades
 * takes a few hundred milliseconds, so they are kept for the next export).
 */
public final class BlurFinder {
    private static final ConcurrentLinkedQueue<BlurFinder> POOL = new ConcurrentLinkedQueue<>();

    private final FaceDetector faces = new FaceDetector();
    private final HandDetector hands = new HandDetector();

    private BlurFinder() {}

    public static BlurFinder borrow() {
        BlurFinder f = POOL.poll();
        return f != null ? f : new BlurFinder();
    }

    /** Gives a finder back for the next export (no thread may still use it). */
    public static void release(BlurFinder finder) {
        if (POOL.size() < 4) POOL.add(finder); else finder.faces.close();
    }

    /** Regions to blur on the frame's picture. */
    public List<BlurRegion> find(StillFrame frame) {
        List<BlurRegion> out = new ArrayList<>(faces.find(frame.image()));
        // hands are skin over sand: only where the tray is known (a still without a tray setup is a photo of anything)
        if (frame.trayKnown()) out.addAll(hands.find(frame.image(), frame.trayCorners()));
        return out;
    }
}
