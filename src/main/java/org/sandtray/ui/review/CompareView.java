package org.sandtray.ui.review;

import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;
import org.sandtray.ui.NoteBar;
import org.sandtray.ui.tagging.StudentColours;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Two stills side by side with their markers, zoomed and panned together. Binds to {@link CompareModel}. */
public final class CompareView implements ReviewScreen {
    private final CompareModel model;
    private final Messages messages;
    private final Library library;
    private final ReviewImages images;
    private final BorderPane root = new BorderPane();
    private final TrayPicture left = new TrayPicture(8, true);
    private final TrayPicture right = new TrayPicture(8, true);
    private final FlowPane legend = new FlowPane(10, 4);
    private final EventHandler<KeyEvent> keys = this::key;
    private Scene scene;

    public CompareView(CompareModel model, Library library, Messages messages, ReviewImages images, ReviewNavigator navigator) {
        this.model = model;
        this.messages = messages;
        this.library = library;
        this.images = images;
        root.setId("compareView");
        left.setId("compareLeft");
        right.setId("compareRight");
        for (TrayPicture p : List.of(left, right)) {
            p.viewport(model.viewport());
            p.follow(model.followed());
            p.emptyText(messages.get("replay.emptyTray"));
        }
        Label title = new Label(messages.get("compare.title"));
        title.getStyleClass().add("review-session");
        Button back = new Button(messages.get("review.back"));
        back.setId("compareBack");
        back.setFocusTraversable(false);
        back.setDisable(!navigator.canGoBack());
        back.setOnAction(e -> navigator.back());
        Button all = new Button(messages.get("compare.showAll"));
        all.setId("compareReset");
        all.setFocusTraversable(false);
        all.setOnAction(e -> model.viewport().reset());
        Label zoom = new Label();
        zoom.setId("compareZoom");
        zoom.textProperty().bind(model.viewport().zoom().asString(messages.get("compare.zoom")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label keysLegend = new Label(messages.get("compare.keys"));
        keysLegend.getStyleClass().add("key-legend");
        HBox top = new HBox(10, title, zoom, all, gap, keysLegend, back);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, new NoteBar(messages, model.notice(), "compareNotice").view());
        header.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(header);
        HBox sides = new HBox(10, side(left, model.leftWords()), side(right, model.rightWords()));
        sides.setPadding(new Insets(0, 12, 0, 12));
        root.setCenter(sides);
        legend.setPadding(new Insets(6, 12, 10, 12));
        root.setBottom(legend);
        model.left().addListener((o, a, p) -> show(left, p));
        model.right().addListener((o, a, p) -> show(right, p));
        model.loaded().addListener((o, a, on) -> {
            if (on) legend();
        });
        if (model.loaded().get()) {
            show(left, model.left().get());
            show(right, model.right().get());
            legend();
        }
    }

    private Node side(TrayPicture picture, javafx.beans.property.StringProperty words) {
        Label caption = new Label();
        caption.textProperty().bind(words);
        caption.setWrapText(true);
        caption.getStyleClass().add("compare-caption");
        VBox.setVgrow(picture, Priority.ALWAYS);
        VBox box = new VBox(4, caption, picture);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(10); // both sides share the width equally
        return box;
    }

    private void show(TrayPicture picture, PinnedStill p) {
        picture.show(p);
        if (p == null || p.still() == null) return;
        images.request(p.still(), ReplayView.PICTURE_WIDTH, image -> {
            if (picture.picture() == p) picture.image(image);
        }, error -> {
            if (picture.picture() == p) picture.cannotShow(messages.get("replay.cannotShow", p.still().id()));
        });
    }

    private void legend() {
        Set<String> students = new LinkedHashSet<>();
        for (PinnedStill p : List.of(model.left().get(), model.right().get())) p.pins().forEach(pin -> students.add(pin.student()));
        StudentColours colours = StudentColours.of(library, List.copyOf(students));
        left.colours(colours);
        right.colours(colours);
        SessionWords words = SessionWords.of(library, messages);
        legend.getChildren().clear();
        for (String code : students) {
            boolean grey = model.followed() != null && !model.followed().equals(code);
            legend.getChildren().add(new Label(words.name(code), new Circle(6, grey ? javafx.scene.paint.Color.web("#9a9a9a") : colours.of(code))));
        }
    }

    @Override
    public Node view() { return root; }

    public CompareModel model() { return model; }

    /** For tests: the two pictures. */
    public List<TrayPicture> pictures() { return List.of(left, right); }

    @Override
    public void shown(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    @Override
    public void hidden() {
        if (scene != null) scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene = null;
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) return;
        if (model.key(e.getCode())) e.consume();
    }
}
