package org.sandtray.ui.session;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.ui.Messages;
import org.sandtray.vision.SettleParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's settle mode tells the counselor, in the window's language, why no still is taken yet. */
class SettleWatcherTest {

    /** Frames of the demo tray at 15 fps through a watcher; returns how many stills it asked for, and fills the status lines. */
    private static int watch(DemoTrayScene scene, long lengthMillis, Messages messages, List<String> statuses) {
        int[] stills = {0};
        try (SettleWatcher watcher = new SettleWatcher(SettleParameters.defaults(), () -> stills[0]++, messages, statuses::add, Runnable::run);
             Mat frame = new Mat()) {
            watcher.setOn(true);
            for (long t = 0; t <= lengthMillis; t += 67) {
                scene.render(frame, t);
                watcher.frame(frame, t);
            }
        }
        return stills[0];
    }

    @Test
    void aHandHeldStillOverTheTrayIsNamedWithItsRimAndNoStillIsTakenUntilItLeaves() {
        // reaches in from the right (x = 0.55 is nearest the right edge), holds 2.6 s, places a figure, leaves
        DemoTrayScene scene = new DemoTrayScene(640, 480, List.of(new DemoTrayScene.Visit(1000, 0.55, 0.5, 2, true, 2600)),
                DemoTrayScene.Lighting.STEADY, 0);
        List<String> english = new ArrayList<>();
        assertEquals(1, watch(scene, 8000, new Messages(Locale.ENGLISH), english), english.toString());
        assertTrue(english.contains("Stills by themselves: waiting, a hand is still over the tray at the right rim"), english.toString());

        List<String> chinese = new ArrayList<>();
        watch(scene, 8000, new Messages(Locale.SIMPLIFIED_CHINESE), chinese);
        assertTrue(chinese.contains("自动拍照：等待中，沙盘右边有一只手停在上方"), chinese.toString());
    }

    @Test
    void aChangeHeldStillForTwiceTheSettleTimeIsTakenAsTheNewSceneAndWatchingGoesOn() {
        // the hand rests 6 s: after 2 x 1.5 s still it is taken as the new scene; when it leaves, the tray is new again
        DemoTrayScene scene = new DemoTrayScene(640, 480, List.of(new DemoTrayScene.Visit(1000, 0.2, 0.5, 3, true, 6000)),
                DemoTrayScene.Lighting.STEADY, 0);
        List<String> english = new ArrayList<>();
        int stills = watch(scene, 11_500, new Messages(Locale.ENGLISH), english);
        assertTrue(english.contains("Stills by themselves: waiting, a hand is still over the tray at the left rim"), english.toString());
        assertTrue(english.contains("Stills by themselves: the change held still for 3.0 s, taken as the new scene"), english.toString());
        assertEquals(2, stills, "the held change, then the tray after the hand left: " + english);
    }
}
