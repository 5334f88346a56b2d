package org.sandtray.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The line at the bottom of the window that says long work is under way: shown once a task has
 * run for a second (shorter work does not flash a bar), with its title and how far it is.
 */
public final class TaskBar {
    static final Duration DELAY = Duration.seconds(1);

    private final HBox root = new HBox(10);
    private final ProgressBar bar = new ProgressBar();
    private final Label title = new Label();
    private final PauseTransition delay = new PauseTransition(DELAY);

    public TaskBar(Background background) {
        root.setId("taskBar");
        root.getStyleClass().add("task-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        bar.setPrefWidth(220);
        bar.progressProperty().bind(background.progress());
        title.textProperty().bind(background.title());
        root.getChildren().addAll(bar, title);
        shown(false);
        delay.setOnFinished(e -> shown(background.running().get() > 0));
        background.running().addListener((o, was, now) -> {
            if (now.intValue() > 0 && was.intValue() == 0) delay.playFromStart();
            if (now.intValue() == 0) {
                delay.stop();
                shown(false);
            }
        });
    }

    public HBox view() { return root; }

    private void shown(boolean on) {
        root.setVisible(on);
        root.setManaged(on);
    }
}
