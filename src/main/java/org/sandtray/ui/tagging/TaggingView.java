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
import org.sandtray.domain.Annotation;
import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.StillDecoder;
import org.sandtray.vision.TrayMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A still with its markers: click to place, drag a marker to record a move, select and press
 * Delete to remove. Zoom with the mouse wheel (Ctrl) or + and -, pan with the scroll bars.
 * Labels are drawn at a fixed size, readable at every zoom. The still is decoded on a worker
 * thread; its markers show as soon as it arrives.
 */
public final class TaggingView {
    private static final Logger log = LoggerFactory.getLogger(TaggingView.class);
    private static final double MARKER_RADIUS = 9;
    /** Canvas text does not follow the stylesheet: the same Chinese-first font list, or Chinese names draw as boxes. */
    private static final Font LABEL_FONT = Font.font(chineseFamily(), FontWeight.BOLD, 13);

    private static String chineseFamily() {
        java.util.List<String> present = Font.getFamilies();
        for (String family : java.util.List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")) {
            if (present.contains(family)) return family;
        }
        return null;
    }

    private final TaggingModel model;
    private final Library library;
    private final Messages messages;
    private final StillDecoder decoder;
    private final Background background;
    private final Function<String, String> names;
    private final Canvas canvas = new Canvas(800, 600);
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final FlowPane legend = new FlowPane(12, 4);
    private final BorderPane root = new BorderPane();
    private final MarkerPanel panel;
    private Image image;
    private TrayMapping mapping;
    /** Where the pointer is over the still (canvas pixels), for zooming about it; null when it is elsewhere. */
    private javafx.geometry.Point2D pointer;
    private javafx.geometry.Point2D lastClick;
    private double zoom = 1;
    private StudentColours colours = new StudentColours(java.util.List.of(), java.util.List.of());
    private Still showing;
    private Marker dragging;
    private double dragX;
    private double dragY;
    private Consumer<TrayPoint> onEmptyClick = p -> { };
    private Consumer<RuntimeException> onError = e -> { throw e; };
    private Consumer<String> onCannotShow = text -> { };
    private java.util.function.Supplier<java.util.Optional<String>> askText = java.util.Optional::empty;

    public TaggingView(TaggingModel model, Library library, Messages messages, StillDecoder decoder, Background background,
                       Function<String, String> names) {
        this.model = model;
        this.library = library;
        this.messages = messages;
        this.decoder = decoder;
        this.background = background;
        this.names = names;
        canvas.setId("stillCanvas");
        scroll.setPannable(false);
        legend.setPadding(new Insets(6));
        root.setCenter(scroll);
        root.setBottom(legend);
        panel = new MarkerPanel(model, new MarkerDetails(library, messages, names), messages, e -> onError.accept(e));
        root.setRight(panel.view());
        model.markers().addListener((javafx.collections.ListChangeListener<Marker>) c -> draw());
        model.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> draw());
        model.selected().addListener((o, a, b) -> draw());
        model.tool().addListener((o, a, shape) ->
                canvas.setCursor(shape == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.CROSSHAIR));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                javafx.geometry.Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
                zoomAt(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, at);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer = new javafx.geometry.Point2D(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer = null);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (image != null && zoom == 1) fit();
        });
    }

    public BorderPane view() { return root; }

    /** Called with the tray spot when the counselor clicks where there is no marker. */
    public void onEmptyClick(Consumer<TrayPoint> handler) { this.onEmptyClick = handler; }

    /** Where a refused edit is reported (in the window, in the user's language). */
    public void onError(Consumer<RuntimeException> handler) { this.onError = handler; }

    /** Where it is said that a still's image cannot be shown (its file damaged or missing). */
    public void onCannotShow(Consumer<String> handler) { this.onCannotShow = handler; }

    public void colours(StudentColours colours) {
        this.colours = colours;
        legend.getChildren().clear();
        for (String code : colours.students()) {
            Label l = new Label(names.apply(code), new Circle(6, colours.of(code)));
            legend.getChildren().add(l);
        }
    }

    /** Shows a still: its markers at once, its image when a worker thread has decoded it. */
    public void show(Still still) {
        showing = still;
        TraySetup setup = still.traySetupId() == null ? null : library.traySetups().byId(still.traySetupId()).orElse(null);
        if (setup == null) setup = TraySetup.wholeImage(still.width(), still.height(), TraySetup.DEFAULT_WIDTH_CM, TraySetup.DEFAULT_HEIGHT_CM);
        TrayMapping next = new TrayMapping(setup);
        image = null; // until the new still arrives, markers are not drawn over the old one
        mapping = next;
        if (model.stillId() != still.id()) model.show(still.id());
        background.run(() -> {
            try {
                return decoder.decode(still, 0);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, decoded -> {
            if (showing != still) return; // another still was chosen meanwhile
            image = decoded;
            fit();
        }, error -> {
            if (showing != still) return;
            log.warn("still {} cannot be shown", still.id(), error);
            draw();
            onCannotShow.accept(messages.get("tag.cannotShow", still.id()));
        });
    }

    /** The screen locked: the decoded picture goes; {@link #show} brings it back once unlocked. */
    public void forget() {
        image = null;
        draw();
    }

    /** The still shown (its image may still be on its way), or null. */
    public Still showing() { return showing; }

    /** The still's image is decoded and drawn. */
    public boolean ready() { return image != null && showing != null; }

    /** Asked for the words of a text annotation. */
    public void onTextWanted(java.util.function.Supplier<java.util.Optional<String>> ask) { this.askText = ask; }

    /** + and -: zooms about the pointer when it is over the still, else about the middle of what is shown. */
    public void zoomBy(double factor) {
        zoomAt(factor, pointer);
    }

    /** The still's panel of markers (for the window's test). */
    public MarkerPanel panel() { return panel; }

    /** Where the counselor last clicked on the still, on the screen (the figure chooser opens beside it). */
    public javafx.geometry.Point2D lastClick() { return lastClick; }

    /** Gives the keyboard to the still (after leaving the filmstrip). */
    public void focus() {
        canvas.requestFocus();
    }

    /** Shows nothing (the still shown was deleted for good). */
    public void clear() {
        showing = null;
        image = null;
        draw();
    }

    /** The zoom level (1: the still fits the view). */
    public double zoom() { return zoom; }

    /**
     * Zooms by the factor keeping the canvas point under the pointer where it is on the screen.
     *
     * @param at a canvas point, or null for the middle of the part shown
     */
    void zoomAt(double factor, javafx.geometry.Point2D at) {
        if (image == null) return;
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        double[] offset = {ZoomMath.offset(scroll.getHvalue(), canvas.getWidth(), viewW),
                ZoomMath.offset(scroll.getVvalue(), canvas.getHeight(), viewH)};
        javafx.geometry.Point2D p = at != null ? at : new javafx.geometry.Point2D(offset[0] + Math.min(viewW, canvas.getWidth()) / 2,
                offset[1] + Math.min(viewH, canvas.getHeight()) / 2);
        double before = scale();
        zoom = Math.max(0.2, Math.min(8, zoom * factor));
        resize();
        double ratio = scale() / before;
        scroll.layout();
        scroll.setHvalue(ZoomMath.value(ZoomMath.keep(p.getX(), p.getX() - offset[0], ratio), canvas.getWidth(), viewW));
        scroll.setVvalue(ZoomMath.value(ZoomMath.keep(p.getY(), p.getY() - offset[1], ratio), canvas.getHeight(), viewH));
        if (pointer != null) pointer = new javafx.geometry.Point2D(pointer.getX() * ratio, pointer.getY() * ratio);
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
        g.setFont(LABEL_FONT);
        for (Annotation a : model.annotations()) drawAnnotation(g, a);
        for (Marker m : model.markers()) {
            double[] c = toCanvas(m.at());
            Color colour = colours.of(m.studentCode());
            g.setGlobalAlpha(m.markedHere() ? 1 : 0.55);
            g.setFill(colour);
            g.fillOval(c[0] - MARKER_RADIUS, c[1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
            boolean isSelected = isSelected(m);
            g.setStroke(isSelected ? Color.YELLOW : Color.WHITE);
            g.setLineWidth(isSelected ? 3 : 2);
            g.strokeOval(c[0] - MARKER_RADIUS, c[1] - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
            if (m.facingDegrees() != null) {
                double r = Math.toRadians(m.facingDegrees());
                g.setStroke(Color.WHITE);
                g.setLineWidth(3);
                g.strokeLine(c[0], c[1], c[0] + Math.sin(r) * 22, c[1] - Math.cos(r) * 22);
            }
            String label = m.figure() + (m.buried() ? " ▽" : "");
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRect(c[0] + MARKER_RADIUS + 2, c[1] - 10, textWidth(label) + 6, 20);
            g.setFill(Color.WHITE);
            g.fillText(label, c[0] + MARKER_RADIUS + 5, c[1] + 5);
            g.setGlobalAlpha(1);
        }
    }

    private boolean isSelected(Marker m) {
        Marker s = model.selected().get();
        return s != null && s.ref().id() == m.ref().id();
    }

    private void annotate(MouseEvent e) {
        AnnotationShape tool = model.tool().get();
        TrayPoint from = toTray(dragX, dragY);
        TrayPoint to = toTray(e.getX(), e.getY());
        if (from == null || to == null) return;
        try {
            if (tool == AnnotationShape.TEXT || tool == AnnotationShape.POINT) {
                java.util.Optional<String> text = tool == AnnotationShape.TEXT ? askText.get() : java.util.Optional.empty();
                if (tool == AnnotationShape.TEXT && text.isEmpty()) return;
                model.annotate(tool, to, null, text.orElse(null));
            } else if (Math.hypot(e.getX() - dragX, e.getY() - dragY) > 6) {
                model.annotate(tool, from, to, null);
            }
        } catch (RuntimeException ex) {
            onError.accept(ex);
        }
    }

    private void drawAnnotation(GraphicsContext g, Annotation a) {
        double[] p = toCanvas(new TrayPoint(clamp(a.x1()), clamp(a.y1())));
        g.setStroke(Color.YELLOW);
        g.setFill(Color.YELLOW);
        g.setLineWidth(2);
        if (a.x2() != null && a.y2() != null) {
            double[] q = toCanvas(new TrayPoint(clamp(a.x2()), clamp(a.y2())));
            double left = Math.min(p[0], q[0]);
            double top = Math.min(p[1], q[1]);
            double w = Math.abs(q[0] - p[0]);
            double h = Math.abs(q[1] - p[1]);
            switch (a.shape()) {
                case BOX -> g.strokeRect(left, top, w, h);
                case ELLIPSE -> g.strokeOval(left, top, w, h);
                case ARROW -> {
                    g.strokeLine(p[0], p[1], q[0], q[1]);
                    double angle = Math.atan2(q[1] - p[1], q[0] - p[0]);
                    for (double side : new double[] {-0.4, 0.4}) {
                        g.strokeLine(q[0], q[1], q[0] - 14 * Math.cos(angle + side), q[1] - 14 * Math.sin(angle + side));
                    }
                }
                default -> { }
            }
        } else if (a.shape() == AnnotationShape.POINT) {
            g.fillOval(p[0] - 4, p[1] - 4, 8, 8);
        }
        if (a.text() != null) {
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRect(p[0], p[1] - 16, textWidth(a.text()) + 8, 22);
            g.setFill(Color.YELLOW);
            g.fillText(a.text(), p[0] + 4, p[1]);
        }
    }

    /** Width of a label in the labels' font, so its backing box fits Chinese and English alike. */
    private static double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(LABEL_FONT);
        return t.getLayoutBounds().getWidth();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
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
        if (e.getButton() != MouseButton.PRIMARY || image == null) return;
        if (model.tool().get() != null) {
            dragX = e.getX();
            dragY = e.getY();
            return;
        }
        dragging = hit(e.getX(), e.getY());
        dragX = e.getX();
        dragY = e.getY();
        model.select(dragging);
        draw();
    }

    private void dragged(MouseEvent e) {
        if (image == null) return;
        if (model.tool().get() != null) {
            draw();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setStroke(Color.YELLOW);
            g.setLineDashes(4);
            g.strokeRect(Math.min(dragX, e.getX()), Math.min(dragY, e.getY()), Math.abs(e.getX() - dragX), Math.abs(e.getY() - dragY));
            g.setLineDashes(null);
            return;
        }
        if (dragging == null) return;
        draw();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.YELLOW);
        g.setLineDashes(4);
        g.strokeOval(e.getX() - MARKER_RADIUS, e.getY() - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS);
        g.setLineDashes(null);
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || image == null) return;
        if (model.tool().get() != null) {
            annotate(e);
            return;
        }
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
            lastClick = new javafx.geometry.Point2D(e.getScreenX(), e.getScreenY());
            onEmptyClick.accept(spot);
        }
        draw();
    }
}
