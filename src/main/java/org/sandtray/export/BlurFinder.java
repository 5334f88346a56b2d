package org.sandtray.export;

import org.sandtray.vision.BlurRegion;
import org.sandtray.vision.FaceDetector;
import org.sandtray.vision.HandDetector;

import java.util.ArrayList;
import java.util.List;

/** The detectors an export runs on each picture: faces anywhere, hands over the tray. One per thread. */
public final class BlurFinder implements AutoCloseable {
    private final FaceDetector faces = new FaceDetector();
    private final HandDetector hands = new HandDetector();

    /** Regions to blur on the frame's picture. */
    public List<BlurRegion> find(StillFrame frame) {
        List<BlurRegion> out = new ArrayList<>(faces.find(frame.image()));
        out.addAll(hands.find(frame.image(), frame.trayCorners()));
        return out;
    }

    @Override
    public void close() {
        faces.close();
    }
}
