package org.sandtray.ui.tagging;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;
import org.sandtray.vision.TrayMapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A still with its markers: click to place, drag a marker to record a move, select and press
 * Delete to remove. Zoom with the mouse wheel (Ctrl) or + and -, pan with the scroll bars.
 * Labels are drawn at a fixed size, readable at every zoom.
 */
public final class TaggingView {
    private static final double MARKER_RADIUS = 9;

    private final TaggingModel model;
    private final Library library;
    private final Messages messages;
    private final Function<String, String> names;
    private final Canvas canvas = new Canvas(800, 600);
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final FlowPane legend = new FlowPane(12, 4);
    private final BorderPane root = new BorderPane();
    private Image image;
    private TrayMapping mapping;
    private double zoom = 1;
    private StudentColours colours = new StudentColours(java.util.List.of());
    private Marker selected;
    private Marker dragging;
    private double dragX;
    private double dragY;
    private Consumer<TrayPoint> onEmptyClick = p -> { };
    private Consumer<RuntimeException> onError = e -> { throw e; };

    public TaggingView(TaggingModel model, Library library, Messages messages, Function<String, String> names) {
        this.model = model;
        this.library = library;
        this.messages = messages;
        this.names = names;
        canvas.setId("stillCanvas");
        scroll.setPannable(false);
        legend.setPadding(new Insets(6));
        root.setCenter(scroll);
        root.setBottom(legend);
        model.markers().addListener((javafx.collections.ListChangeListener<Marker>) c -> draw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown()) {
                zoomBy(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
                e.consume();
            }
        });
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (image != null && zoom == 1) fit();
        });
    }

    public BorderPane view() { return root; }

    /** Called with the tray spot when the counselor clicks where there is no marker. */
    public void onEmptyClick(Consumer<TrayPoint> handler) { this.onEmptyClick = handler; }

    /** Where a refused edit is reported (in the window, in the user's language). */
    public void onError(Consumer<RuntimeException> handler) { this.onError = handler; }

    public void colours(StudentColours colours) {
        this.colours = colours;
        legend.getChildren().clear();
        for (String code : colours.students()) {
            Label l = new Label(names.apply(code), new Circle(6, colours.of(code)));
            legend.getChildren().add(l);
        }
    }

    public void show(Still still) {
        selected = null;
        try (InputStream in = library.stills().open(still)) {
            image = new Image(new ByteArrayInputStream(in.readAllBytes()));
        } catch (IOException e) {
            image = null;
        }
        TraySetup setup = still.traySetupId() == null ? null : library.traySetups().byId(still.traySetupId()).orElse(null);
        if (setup == null) setup = TraySetup.wholeImage(still.width(), still.height(), TraySetup.DEFAULT_WIDTH_CM, TraySetup.DEFAULT_HEIGHT_CM);
        mapping = new TrayMapping(setup);
        model.show(still.id());
        fit();
    }

    public Marker selected() { return selected; }

    public void zoomBy(double factor) {
        zoom = Math.max(0.2, Math.min(8, zoom * factor));
        resize();
    }

    private void fit() {
        if (image == null) return;
        double w = Math.max(200, scroll.getViewportBounds().getWidth());
        double h = Math.max(150, scroll.getViewportBounds().getHeight());
        zoom = 1;
        base = Math.min(w / image.getWidth(), h / image.getHeight());
        resize();
    }

    private double base = 1;

    private double scale() { return base * zoom; }

    private void resize() {
        if (image == null) return;
        canvas.setWidth(image.getWidth() * scale());
        canvas.setHeight(image.getHeight() * scale());
        draw();
    }

    private double[] toCanvas(TrayPoint p) {
        ImagePoint ip = mapping.toImage(p);
        return new double[] {ip.x() * scale(), ip.y() * scale()};
    }

    private TrayPoint toTray(double x, double y) {
        return mapping.toTray(new ImagePoint(x / scale(), y / scale()));
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#333"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image == null) return;
        g.drawImage(image, 0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        for (Marker m : model.markers()) {
            double[] c = toCanvas(m.at());
            Color colour = colours.of(m.studentCode());
            g.setGlobalAlpha(m.markedHere() ? 1 : 0.55);
            g.setFill(colour);
            g.fillOval(c[0] - MARKER_RADIUS, c[1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
            g.setStroke(m == selected ? Color.YELLOW : Color.WHITE);
            g.setLineWidth(m == selected ? 3 : 2);
            g.strokeOval(c[0] - MARKER_RADIUS, c[1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
            String label = m.figure() + (m.buried() ? " ▽" : "");
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRect(c[0] + MARKER_RADIUS + 2, c[1] - 10, label.length() * 14 + 6, 20);
            g.setFill(Color.WHITE);
            g.fillText(label, c[0] + MARKER_RADIUS + 5, c[1] + 5);
            g.setGlobalAlpha(1);
        }
    }

    private Marker hit(double x, double y) {
        for (Marker m : model.markers()) {
            double[] c = toCanvas(m.at());
            if (Math.hypot(c[0] - x, c[1] - y) <= MARKER_RADIUS + 4) return m;
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        dragging = hit(e.getX(), e.getY());
        dragX = e.getX();
        dragY = e.getY();
        selected = dragging;
        draw();
    }

    private void dragged(MouseEvent e) {
        if (dragging == null) return;
        draw();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.YELLOW);
        g.setLineDashes(4);
        g.strokeOval(e.getX() - MARKER_RADIUS, e.getY() - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
        g.setLineDashes(null);
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        boolean moved = Math.hypot(e.getX() - dragX, e.getY() - dragY) > 4;
        TrayPoint spot = toTray(e.getX(), e.getY());
        if (dragging != null) {
            if (moved && spot != null) {
                try {
                    model.move(dragging, spot);
                } catch (RuntimeException ex) {
                    onError.accept(ex);
                }
            }
            dragging = null;
        } else if (!moved && spot != null) {
            onEmptyClick.accept(spot);
        }
        draw();
    }
}
