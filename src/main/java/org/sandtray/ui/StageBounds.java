package org.sandtray.ui;

import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where {@link WindowPlacement} says, and follows where the counselor moves it:
 * the normal bounds (not the maximised ones), and whether it is maximised, to be saved on close.
 */
final class StageBounds {
    private final Stage stage;
    private WindowPlacement.Bounds normal;

    StageBounds(Stage stage, WindowPlacement.Bounds saved) {
        this.stage = stage;
        java.util.List<javafx.geometry.Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen s : Screen.getScreens()) if (!s.equals(Screen.getPrimary())) screens.add(s.getVisualBounds());
        WindowPlacement.Bounds b = WindowPlacement.initial(saved, screens);
        normal = b;
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximised());
        stage.xProperty().addListener((o, a, v) -> follow());
        stage.yProperty().addListener((o, a, v) -> follow());
        stage.widthProperty().addListener((o, a, v) -> follow());
        stage.heightProperty().addListener((o, a, v) -> follow());
    }

    private void follow() {
        if (stage.isMaximized() || stage.isIconified()) return;
        normal = new WindowPlacement.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** Where the window is now, to open there next time. */
    WindowPlacement.Bounds current() {
        return new WindowPlacement.Bounds(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }
}
