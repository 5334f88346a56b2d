package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.domain.ImagePoint;

import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hands over the sand in the demo camera's scene (a skin-coloured arm reaching in over the rim,
 * figures of every colour including red and orange): the arm is found, the figures are not.
 * The scene is synthetic; real sand and skin vary more (see models/blur-detection.md).
 */
class HandDetectorTest {
    final HandDetector hands = new HandDetector();

    @Test
    void anArmReachingOverTheRimIsFoundAndTheFiguresAreNot() {
        DemoTrayScene scene = DemoTrayScene.standard(1920, 1080);
        List<ImagePoint> tray = scene.traySetup().corners();
        int found = 0;
        for (DemoTrayScene.Visit v : scene.visits()) {
            long holding = v.startMillis() + DemoTrayScene.REACH_MILLIS + v.holdMillis() / 2;
            try (Mat frame = new Mat()) {
                scene.render(frame, holding);
                List<BlurRegion> regions = hands.find(frame, tray);
                double fx = (scene.inside().x() + v.x() * scene.inside().width()) / 1920;
                double fy = (scene.inside().y() + v.y() * scene.inside().height()) / 1080;
                assertTrue(regions.stream().anyMatch(r -> r.contains(fx, fy)), "the hand at " + v + " in " + regions);
                found++;
                scene.render(frame, v.leftAtMillis() + 500); // the hand has gone; its figure (and the earlier ones) stay
                assertEquals(List.of(), hands.find(frame, tray), "no hand after visit " + v);
            }
        }
        assertEquals(12, found);
    }

    @Test
    void realObjectsSeenFromAboveAreNotHands() {
        for (String file : List.of("fixtures/real/stuff.jpg", "fixtures/real/smarties.png")) {
            try (Mat image = imread(file, IMREAD_COLOR)) {
                List<BlurRegion> regions = hands.find(image, null);
                double area = regions.stream().mapToDouble(BlurRegion::area).sum();
                assertTrue(area < 0.05, file + ": " + regions);
            }
        }
    }
}
