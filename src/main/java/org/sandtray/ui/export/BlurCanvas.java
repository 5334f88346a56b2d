package org.sandtray.ui.export;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.sandtray.ui.Messages;
import org.sandtray.vision.BlurRegion;

import java.util.List;

/**
 * One picture as it will be exported, blurred, with every blur region outlined (faces red, hands
 * orange, the counselor's blue) and named. Dragging draws a new region; a click inside a region
 * removes it. The drawing fits the pane; regions are fractions of the picture.
 */
final class BlurCanvas {
    /** Canvas text does not fall back to a CJK font by itself: take the first the window's style sheet names that is installed. */
    private static final Font LABEL_FONT = labelFont();

    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas(640, 400);
    private final ExportModel model;
    private final Messages messages;
    private ExportModel.Item item;
    private Image image;
    private double[] dragStart;
    private double[] dragNow;

    BlurCanvas(ExportModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        pane.getChildren().add(canvas);
        pane.setMinSize(200, 150);
        pane.setStyle("-fx-background-color: #2b2b2b;");
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setId("blurCanvas");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    Pane view() { return pane; }

    Canvas canvas() { return canvas; }

    void show(ExportModel.Item item, Image image) {
        this.item = item;
        this.image = image;
        draw();
    }

    /** Where the picture is drawn: {left, top, width, height} in canvas pixels. */
    double[] fit() {
        if (image == null || image.getWidth() == 0) return new double[] {0, 0, canvas.getWidth(), canvas.getHeight()};
        double scale = Math.min(canvas.getWidth() / image.getWidth(), canvas.getHeight() / image.getHeight());
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        return new double[] {(canvas.getWidth() - w) / 2, (canvas.getHeight() - h) / 2, w, h};
    }

    private double[] fraction(double x, double y) {
        double[] f = fit();
        return new double[] {(x - f[0]) / f[2], (y - f[1]) / f[3]};
    }

    private void pressed(MouseEvent e) {
        if (item == null || e.getButton() != MouseButton.PRIMARY) return;
        dragStart = new double[] {e.getX(), e.getY()};
        dragNow = null;
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) return;
        dragNow = new double[] {e.getX(), e.getY()};
        draw();
    }

    private void released(MouseEvent e) {
        if (dragStart == null || item == null) return;
        double[] a = fraction(dragStart[0], dragStart[1]);
        if (dragNow != null && Math.hypot(e.getX() - dragStart[0], e.getY() - dragStart[1]) > 6) {
            double[] b = fraction(e.getX(), e.getY());
            model.addRegion(item, a[0], a[1], b[0], b[1]);
        } else {
            model.removeRegionAt(item, a[0], a[1]);
        }
        dragStart = null;
        dragNow = null;
        draw();
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#2b2b2b"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image == null || item == null) return;
        double[] f = fit();
        g.drawImage(image, f[0], f[1], f[2], f[3]);
        List<BlurRegion> regions = List.copyOf(item.regions());
        g.setFont(LABEL_FONT);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        for (BlurRegion r : regions) {
            Color colour = colour(r.kind());
            double x = f[0] + r.x() * f[2];
            double y = f[1] + r.y() * f[3];
            g.setStroke(colour);
            g.strokeRect(x, y, r.width() * f[2], r.height() * f[3]);
            String label = messages.get("export.region." + r.kind().code());
            g.setFill(colour.deriveColor(0, 1, 1, 0.85));
            g.fillRect(x, Math.max(f[1], y - 18), label.length() * 14 + 8, 18);
            g.setFill(Color.WHITE);
            g.fillText(label, x + 4, Math.max(f[1], y - 18) + 14);
        }
        g.setLineDashes();
        if (dragStart != null && dragNow != null) {
            g.setStroke(Color.DEEPSKYBLUE);
            g.strokeRect(Math.min(dragStart[0], dragNow[0]), Math.min(dragStart[1], dragNow[1]),
                    Math.abs(dragNow[0] - dragStart[0]), Math.abs(dragNow[1] - dragStart[1]));
        }
    }

    private static Font labelFont() {
        List<String> installed = Font.getFamilies();
        for (String family : List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")) {
            if (installed.contains(family)) return Font.font(family, FontWeight.BOLD, 13);
        }
        return Font.font(null, FontWeight.BOLD, 13);
    }

    static Color colour(BlurRegion.Kind kind) {
        return switch (kind) {
            case FACE -> Color.web("#e53935");
            case HAND -> Color.web("#fb8c00");
            case COUNSELOR -> Color.web("#1e88e5");
        };
    }
}
