package org.sandtray.ui.review;

import javafx.scene.Node;
import javafx.scene.Scene;

/** A review screen (replay, a pupil's year, comparison): its keys act only while it is shown. */
public interface ReviewScreen {
    Node view();

    /** The screen is on show in this scene: its keys act from now on. */
    void shown(Scene scene);

    /** Another screen took its place: its keys stop, a replay stops playing. It may be shown again (Back). */
    void hidden();
}
