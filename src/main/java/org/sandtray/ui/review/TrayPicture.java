package org.sandtray.ui.review;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.sandtray.domain.TraySetup;
import org.sandtray.ui.tagging.StudentColours;

import java.util.List;

/**
 * A still with the figures that stood on it, drawn on a canvas that follows the size of its
 * place: each pupil's markers in their colour, the figure placed or moved just then ringed, and,
 * when one pupil is followed, everybody else's markers small and grey. With a viewport it zooms
 * (mouse wheel) and pans (drag), and shares both with the pictures on the same viewport.
 */
public final class TrayPicture extends Region {
    private static final String FAMILY = TrayPictureFonts.FAMILY;
    private static final Color SAND = Color.web("#d9c6a0");

    private final Canvas canvas = new Canvas();
    private final double radius;
    private final boolean labels;
    private PinnedStill picture;
    private Image image;
    private boolean waiting;
    private StudentColours colours = new StudentColours(List.of(), List.of());
    private String followed;
    private SharedViewport viewport;
    private String emptyText = "";
    private double dragX;
    private double dragY;

    /** @param radius marker radius in pixels; @param labels whether figure names are written beside the markers */
    public TrayPicture(double radius, boolean labels) {
        this.radius = radius;
        this.labels = labels;
        getChildren().add(canvas);
        getStyleClass().add("tray-picture");
    }

    /** The still and its pins; its image follows with {@link #image(Image)} (until then the picture says it is on its way). */
    public void show(PinnedStill picture) {
        this.picture = picture;
        this.image = null;
        this.waiting = picture != null && picture.still() != null;
        draw();
    }

    public void image(Image decoded) {
        this.image = decoded;
        this.waiting = false;
        draw();
    }

    /** The still's image could not be read: the pins are shown on an empty tray with the words given. */
    public void cannotShow(String words) {
        this.waiting = false;
        this.emptyText = words;
        draw();
    }

    public PinnedStill picture() { return picture; }

    /** True once the picture is drawn with its image (or there is no still to wait for). */
    public boolean ready() { return picture != null && !waiting; }

    public void colours(StudentColours colours) {
        this.colours = colours;
        draw();
    }

    /** One pupil's figures in their colour, everybody else's small and grey; null shows everyone in their colour. */
    public void follow(String studentCode) {
        this.followed = studentCode;
        draw();
    }

    /** Words drawn on the empty tray when there is no still. */
    public void emptyText(String words) {
        this.emptyText = words;
        draw();
    }

    /** Zoom and pan shared with other pictures; mouse wheel zooms at the pointer, a drag pans, a double click shows all. */
    public void viewport(SharedViewport shared) {
        this.viewport = shared;
        shared.zoom().addListener((o, a, b) -> draw());
        shared.left().addListener((o, a, b) -> draw());
        shared.top().addListener((o, a, b) -> draw());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            double[] r = pictureRect();
            if (r == null || e.getDeltaY() == 0) return;
            shared.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, clamp((e.getX() - r[0]) / r[2]), clamp((e.getY() - r[1]) / r[3]));
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double[] r = pictureRect();
            if (r == null || e.getButton() != MouseButton.PRIMARY) return;
            shared.pan((e.getX() - dragX) / r[2], (e.getY() - dragY) / r[3]);
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) shared.reset();
        });
    }

    @Override
    protected void layoutChildren() {
        // drawn again only when its size changed: a screen of thumbnails is laid out many times
        if (canvas.getWidth() == getWidth() && canvas.getHeight() == getHeight()) return;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Where the picture lies on the canvas: x, y, width, height (letterboxed in the space there is). */
    private double[] pictureRect() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) return null;
        double aspect = picture != null && picture.still() != null
                ? (double) picture.still().width() / picture.still().height()
                : TraySetup.DEFAULT_WIDTH_CM / TraySetup.DEFAULT_HEIGHT_CM;
        double pw = Math.min(w, h * aspect);
        double ph = pw / aspect;
        return new double[] {(w - pw) / 2, (h - ph) / 2, pw, ph};
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#2b2b2b"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double[] r = pictureRect();
        if (r == null || picture == null) return;
        double left = viewport == null ? 0 : viewport.left().get();
        double top = viewport == null ? 0 : viewport.top().get();
        double span = viewport == null ? 1 : viewport.span();
        g.save();
        g.beginPath();
        g.rect(r[0], r[1], r[2], r[3]);
        g.clip();
        if (image != null) {
            g.drawImage(image, left * image.getWidth(), top * image.getHeight(), span * image.getWidth(), span * image.getHeight(),
                    r[0], r[1], r[2], r[3]);
            if (followed != null) {
                // the photograph dimmed, so the followed pupil's markers stand out from everybody's figures in it
                g.setFill(Color.rgb(0, 0, 0, 0.35));
                g.fillRect(r[0], r[1], r[2], r[3]);
            }
        } else {
            g.setFill(waiting ? Color.web("#555") : SAND);
            g.fillRect(r[0], r[1], r[2], r[3]);
            if (!waiting && !emptyText.isEmpty()) {
                g.setFill(Color.web("#6b5a3a"));
                g.setFont(Font.font(FAMILY, 13));
                g.fillText(emptyText, r[0] + 8, r[1] + 20);
            }
        }
        if (!waiting) {
            // others first, so the followed pupil's markers are on top
            for (Pin p : picture.pins()) if (!isFollowed(p)) pin(g, p, r, left, top, span);
            for (Pin p : picture.pins()) if (isFollowed(p)) pin(g, p, r, left, top, span);
        }
        g.restore();
    }

    /** Where a pin's marker is drawn on this picture (x, y in its own coordinates), or null before layout. */
    double[] spot(Pin p) {
        double[] r = pictureRect();
        if (r == null) return null;
        double left = viewport == null ? 0 : viewport.left().get();
        double top = viewport == null ? 0 : viewport.top().get();
        double span = viewport == null ? 1 : viewport.span();
        return new double[] {r[0] + (p.x() - left) / span * r[2], r[1] + (p.y() - top) / span * r[3]};
    }

    private boolean isFollowed(Pin p) {
        return followed == null || followed.equals(p.student());
    }

    private void pin(GraphicsContext g, Pin p, double[] r, double left, double top, double span) {
        double[] at = spot(p);
        double x = at[0];
        double y = at[1];
        boolean mine = isFollowed(p);
        double rad = mine ? radius : Math.max(2.5, radius * 0.6);
        if (p.changedNow() && mine && labels) {
            g.setStroke(Color.YELLOW);
            g.setLineWidth(Math.max(2, radius / 3));
            g.strokeOval(x - rad * 2, y - rad * 2, rad * 4, rad * 4);
        }
        g.setGlobalAlpha(mine ? 1 : 0.5);
        g.setFill(mine ? colours.of(p.student()) : Color.web("#9a9a9a"));
        g.fillOval(x - rad, y - rad, 2 * rad, 2 * rad);
        g.setStroke(Color.WHITE);
        g.setLineWidth(mine ? Math.max(1, radius / 4.5) : 1);
        g.strokeOval(x - rad, y - rad, 2 * rad, 2 * rad);
        if (p.facingDegrees() != null && mine && radius >= 6) {
            double a = Math.toRadians(p.facingDegrees());
            g.strokeLine(x, y, x + Math.sin(a) * rad * 2.4, y - Math.cos(a) * rad * 2.4);
        }
        if (labels && mine) {
            Font font = Font.font(FAMILY, p.changedNow() ? FontWeight.BOLD : FontWeight.NORMAL, 13);
            String label = p.figure() + (p.buried() ? " ▽" : "");
            g.setFont(font);
            double tw = textWidth(label, font);
            g.setFill(Color.rgb(0, 0, 0, 0.6));
            g.fillRect(x + rad + 2, y - 10, tw + 6, 20);
            g.setFill(p.changedNow() ? Color.YELLOW : Color.WHITE);
            g.fillText(label, x + rad + 5, y + 5);
        }
        g.setGlobalAlpha(1);
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
