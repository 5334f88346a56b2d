package org.sandtray.ui.review;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;
import org.sandtray.ui.NoteBar;
import org.sandtray.ui.tagging.StudentColours;

/**
 * The replay on screen: the tray at the step shown, the words beside it, the turn list (a click
 * jumps), the player's buttons and speed, and the session's own words. It only binds to
 * {@link ReplayModel}; its keys act while it is shown.
 */
public final class ReplayView implements ReviewScreen {
    /** Widest picture decoded for the replay: enough for a full-screen view, a quarter of a 4K still's memory. */
    static final int PICTURE_WIDTH = 1600;

    private final ReplayModel model;
    private final Messages messages;
    private final Library library;
    private final ReviewImages images;
    private final ReviewNavigator navigator;
    private final BorderPane root = new BorderPane();
    private final TrayPicture picture = new TrayPicture(9, true);
    private final SharedViewport viewport = new SharedViewport();
    private final ListView<String> turnList = new ListView<>();
    private final FlowPane legend = new FlowPane(10, 4);
    private final Timeline player = new Timeline();
    private final Label turnsLabel = new Label();
    private final EventHandler<KeyEvent> keys = this::key;
    private Scene scene;

    public ReplayView(ReplayModel model, Library library, Messages messages, ReviewImages images, ReviewNavigator navigator) {
        this.model = model;
        this.library = library;
        this.messages = messages;
        this.images = images;
        this.navigator = navigator;
        root.setId("replayView");
        picture.setId("replayPicture");
        picture.viewport(viewport);
        picture.emptyText(messages.get("replay.emptyTray"));
        root.setTop(header());
        root.setCenter(picture);
        BorderPane.setMargin(picture, new Insets(0, 8, 0, 12));
        root.setRight(side());
        root.setBottom(controls());
        bind();
    }

    @Override
    public Node view() { return root; }

    public ReplayModel model() { return model; }

    /** For tests: the picture drawn. */
    public TrayPicture picture() { return picture; }

    private Node header() {
        Label session = new Label();
        session.textProperty().bind(model.sessionLine());
        session.getStyleClass().add("review-session");
        Label position = new Label();
        position.setId("replayPosition");
        position.textProperty().bind(model.position());
        position.getStyleClass().add("replay-position");
        Label headline = new Label();
        headline.setId("replayHeadline");
        headline.textProperty().bind(model.headline());
        headline.getStyleClass().add("replay-headline");
        headline.setWrapText(true);
        Label detail = new Label();
        detail.setId("replayDetail");
        detail.textProperty().bind(model.detail());
        detail.getStyleClass().add("replay-detail");
        detail.setWrapText(true);
        HBox line = new HBox(14, position, headline);
        line.setAlignment(Pos.BASELINE_LEFT);
        NoteBar notes = new NoteBar(messages, model.notice(), "replayNotice");
        Label keysLegend = new Label(messages.get("replay.keys"));
        keysLegend.getStyleClass().add("key-legend");
        VBox box = new VBox(4, new HBox(16, session, keysLegend), line, detail, notes.view());
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private Node side() {
        turnList.setId("replayTurns");
        turnList.setItems(model.turns());
        turnList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("followed-turn");
                setText(empty ? null : line);
                if (!empty && model.isFollowedTurn(getIndex())) getStyleClass().add("followed-turn");
            }
        });
        VBox.setVgrow(turnList, Priority.ALWAYS);
        turnsLabel.setText(messages.get("replay.turns"));
        turnsLabel.getStyleClass().add("review-heading");
        VBox words = new VBox(6, wordsOf("replay.title", model.title()), wordsOf("replay.story", model.story()),
                wordsOf("replay.observations", model.observations()), wordsOf("replay.themes", model.themes()));
        words.setPadding(new Insets(4));
        ScrollPane wordsScroll = new ScrollPane(words);
        wordsScroll.setFitToWidth(true);
        wordsScroll.setPrefHeight(230);
        wordsScroll.setMinHeight(120);
        wordsScroll.setFocusTraversable(false);
        VBox side = new VBox(6, turnsLabel, turnList, legend, wordsScroll);
        side.setPadding(new Insets(0, 12, 0, 4));
        side.setPrefWidth(330);
        side.setMinWidth(260);
        return side;
    }

    private Node wordsOf(String key, javafx.beans.property.StringProperty text) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("review-heading");
        Label value = new Label();
        value.textProperty().bind(javafx.beans.binding.Bindings.when(text.isEmpty())
                .then(messages.get("replay.notWritten")).otherwise(text));
        value.setWrapText(true);
        value.setId("replay-" + key.substring(key.indexOf('.') + 1));
        return new VBox(2, heading, value);
    }

    private Node controls() {
        Button back = button("review.back", "replayBack", navigator::back);
        back.setDisable(!navigator.canGoBack());
        Button first = button("replay.first", "replayFirst", model::first);
        Button previous = button("replay.previous", "replayPrevious", model::previous);
        Button play = button("replay.play", "replayPlay", model::togglePlay);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playing())
                .then(messages.get("replay.pause")).otherwise(messages.get("replay.play")));
        Button next = button("replay.next", "replayNext", model::next);
        Button last = button("replay.last", "replayLast", model::last);
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("replaySpeed");
        speed.getItems().setAll(ReplayModel.SPEEDS);
        speed.valueProperty().bindBidirectional(model.secondsPerTurn());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double seconds) {
                return seconds == null ? "" : messages.get("replay.speed", seconds);
            }

            @Override
            public Double fromString(String s) { return null; }
        });
        speed.setFocusTraversable(false);
        Button tag = button("replay.tag", "replayTag", () -> navigator.tag(model.sessionId()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, back, first, previous, play, next, last, new Label(messages.get("replay.speedLabel")), speed, gap,
                tag);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void bind() {
        model.picture().addListener((o, a, shown) -> show(shown));
        model.index().addListener((o, a, i) -> {
            int step = i.intValue();
            if (step >= 0 && turnList.getSelectionModel().getSelectedIndex() != step) {
                turnList.getSelectionModel().select(step);
                turnList.scrollTo(Math.max(0, step - 3));
            }
        });
        turnList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0 && i.intValue() != model.index().get()) model.jump(i.intValue());
        });
        model.loaded().addListener((o, a, on) -> {
            if (!on) return;
            if (!model.byTurns()) turnsLabel.setText(messages.get("replay.stills"));
            StudentColours colours = StudentColours.of(library, model.participants());
            picture.colours(colours);
            legend.getChildren().clear();
            for (String code : colours.students()) legend.getChildren().add(new Label(model.names().apply(code),
                    new Circle(6, colours.of(code))));
        });
        model.playing().addListener((o, a, on) -> {
            if (on) playFrom(); else player.stop();
        });
        model.secondsPerTurn().addListener((o, a, b) -> {
            if (model.playing().get()) playFrom();
        });
        if (model.picture().get() != null) show(model.picture().get());
    }

    private void playFrom() {
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(model.secondsPerTurn().get()), e -> model.tick()));
        player.setCycleCount(Timeline.INDEFINITE);
        player.play();
    }

    private void show(PinnedStill shown) {
        picture.show(shown);
        if (shown == null || shown.still() == null) return;
        Still still = shown.still();
        images.request(still, PICTURE_WIDTH, image -> {
            if (picture.picture() == shown) picture.image(image);
        }, error -> {
            if (picture.picture() == shown) picture.cannotShow(messages.get("replay.cannotShow", still.id()));
        });
        // the next turn's photo is decoded meanwhile, so stepping or playing on finds it ready
        PinnedStill upcoming = model.upcoming();
        if (upcoming != null && upcoming.still() != null && upcoming.still().id() != still.id()) {
            images.request(upcoming.still(), PICTURE_WIDTH, image -> { }, error -> { });
        }
    }

    @Override
    public void shown(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    @Override
    public void hidden() {
        model.playing().set(false);
        if (scene != null) scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene = null;
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isControlDown() || e.isAltDown()) return;
        if (model.key(e.getCode())) e.consume();
    }
}
