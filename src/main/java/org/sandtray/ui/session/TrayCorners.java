package org.sandtray.ui.session;

import javafx.geometry.Bounds;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TraySetup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The tray outline over the live image, and marking it: after {@link #start()}, four clicks on
 * the live image (top-left, top-right, bottom-right, bottom-left inner corners) make a new tray
 * setup. Clicks are turned into camera-image pixels whatever the size the image is shown at.
 */
final class TrayCorners {
    private final ImageView view;
    private final Pane overlay = new Pane();
    private final Polygon outline = new Polygon();
    private final List<ImagePoint> clicks = new ArrayList<>();
    private final Consumer<List<ImagePoint>> onMarked;
    private TraySetup shown;
    private int frameWidth;
    private int frameHeight;
    private boolean marking;

    TrayCorners(ImageView view, Consumer<List<ImagePoint>> onMarked) {
        this.view = view;
        this.onMarked = onMarked;
        outline.setFill(Color.TRANSPARENT);
        outline.setStroke(Color.LIMEGREEN);
        outline.setStrokeWidth(2);
        outline.getStrokeDashArray().setAll(8.0, 6.0);
        overlay.setMouseTransparent(true);
        overlay.getChildren().add(outline);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.boundsInParentProperty().addListener((o, a, b) -> redraw());
    }

    Pane overlay() { return overlay; }

    boolean marking() { return marking; }

    void frameSize(int width, int height) {
        this.frameWidth = width;
        this.frameHeight = height;
    }

    void show(TraySetup setup) {
        this.shown = setup;
        redraw();
    }

    void start() {
        marking = true;
        clicks.clear();
        redraw();
    }

    void cancel() {
        marking = false;
        clicks.clear();
        redraw();
    }

    private void clicked(MouseEvent e) {
        if (!marking || frameWidth == 0) return;
        Bounds shownAt = view.getLayoutBounds();
        double scale = frameWidth / shownAt.getWidth();
        clicks.add(new ImagePoint(e.getX() * scale, e.getY() * scale));
        if (clicks.size() == 4) {
            marking = false;
            onMarked.accept(List.copyOf(clicks));
            clicks.clear();
        }
        redraw();
        e.consume();
    }

    private void redraw() {
        overlay.getChildren().setAll(outline);
        outline.getPoints().clear();
        Bounds at = view.getBoundsInParent();
        if (frameWidth == 0 || at.getWidth() == 0) return;
        double scale = at.getWidth() / frameWidth;
        List<ImagePoint> points = marking ? clicks : shown == null ? List.of() : shown.corners();
        for (ImagePoint p : points) {
            double x = at.getMinX() + p.x() * scale;
            double y = at.getMinY() + p.y() * scale;
            if (marking) overlay.getChildren().add(new Circle(x, y, 6, Color.LIMEGREEN));
            else outline.getPoints().addAll(x, y);
        }
    }

    int frameHeight() { return frameHeight; }
}
