package org.sandtray.ui.session;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.CameraException;
import org.sandtray.capture.FrameSource;
import org.sandtray.capture.SourceSpec;
import org.sandtray.capture.Sources;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Still;
import org.sandtray.domain.TurnAction;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;
import org.sandtray.ui.preview.LivePreview;
import org.sandtray.ui.tagging.FigureChooser;
import org.sandtray.ui.tagging.FigureSearch;
import org.sandtray.ui.tagging.Marker;
import org.sandtray.ui.tagging.StudentColours;
import org.sandtray.ui.tagging.TaggingModel;
import org.sandtray.ui.tagging.TaggingView;
import org.sandtray.ui.tagging.UndoStack;
import org.sandtray.vision.SettleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The club hour: live camera, whose turn it is, one key per turn action, Space for a still,
 * the filmstrip, and tagging placements on a still. Every action has a key, shown on screen.
 */
public final class SessionConsole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SessionConsole.class);
    static final Map<KeyCode, org.sandtray.domain.AnnotationShape> ANNOTATION_KEYS = Map.of(
            KeyCode.N, org.sandtray.domain.AnnotationShape.TEXT, KeyCode.R, org.sandtray.domain.AnnotationShape.BOX,
            KeyCode.O, org.sandtray.domain.AnnotationShape.ELLIPSE, KeyCode.W, org.sandtray.domain.AnnotationShape.ARROW);
    static final Map<KeyCode, TurnAction> TURN_KEYS = Map.of(KeyCode.P, TurnAction.PLACE, KeyCode.S, TurnAction.SET,
            KeyCode.D, TurnAction.SAND, KeyCode.M, TurnAction.MOVE, KeyCode.X, TurnAction.PASS, KeyCode.A, TurnAction.ADJUST);

    private final AppContext context;
    private final Messages messages;
    private final SessionConsoleModel model;
    private final CameraFeed feed;
    private final LivePreview preview = new LivePreview();
    private final TrayCorners corners;
    private volatile int liveWidth;
    private final SettleWatcher settle;
    private final Filmstrip filmstrip;
    private final TaggingModel tagging;
    private final TaggingView taggingView;
    private final FigureChooser chooser;
    private final TabPane tabs = new TabPane();
    private final Tab liveTab;
    private final Tab tagTab;
    private final BorderPane root = new BorderPane();
    private final Runnable onClose;
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    private Scene scene;

    public SessionConsole(AppContext context, long sessionId, Runnable onClose) {
        this.context = context;
        this.messages = context.messages();
        this.onClose = onClose;
        this.feed = new CameraFeed(this::openSource, new StillEncoder(StillEncoder.DEFAULT_QUALITY));
        this.model = new SessionConsoleModel(context.library(), messages, sessionId, feed::captureStill, context.background());
        useDemoTraySetup(context, sessionId);
        this.corners = new TrayCorners(preview.view(), this::cornersMarked);
        if (model.session().traySetupId() != null) {
            context.library().traySetups().byId(model.session().traySetupId()).ifPresent(setup -> {
                corners.frameSize(setup.imageWidth(), setup.imageHeight());
                corners.show(setup);
            });
        }
        this.settle = new SettleWatcher(SettleParameters.defaults().withSettleMillis(context.settings().settleMillis()), this::capture);
        this.filmstrip = new Filmstrip(context.library());
        this.tagging = new TaggingModel(context.library(), messages, new UndoStack());
        this.taggingView = new TaggingView(tagging, context.library(), messages, model::nameOf);
        this.chooser = new FigureChooser(messages, new FigureSearch(context.library().figures().list()));
        taggingView.colours(new StudentColours(context.library().sessions().participants(sessionId)));
        taggingView.onEmptyClick(spot -> chooseAndPlace(spot));
        taggingView.onError(e -> Alerts.error(messages, e));
        taggingView.onTextWanted(() -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
            ask.setTitle(messages.get("shape.text"));
            ask.setHeaderText(messages.get("console.textPrompt"));
            ask.getDialogPane().getButtonTypes().setAll(org.sandtray.ui.Buttons.ok(messages), org.sandtray.ui.Buttons.cancel(messages));
            var text = ask.showAndWait().filter(t -> !t.isBlank());
            refocus();
            return text;
        });
        liveTab = new Tab(messages.get("console.live") + "  [Esc]", live());
        tagTab = new Tab(messages.get("console.tag") + "  [Enter]", taggingView.view());
        liveTab.setClosable(false);
        tagTab.setClosable(false);
        tabs.getTabs().addAll(liveTab, tagTab);
        root.setTop(header());
        root.setCenter(tabs);
        root.setRight(side());
        root.setBottom(bottom());
        filmstrip.view().setItems(model.stills());
        filmstrip.view().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) tagSelected();
        });
        feed.onFrame((frame, t) -> {
            preview.frame(frame);
            if (frame.cols() != liveWidth) {
                liveWidth = frame.cols();
                int w = frame.cols();
                int h = frame.rows();
                context.background().ui(() -> corners.frameSize(w, h));
            }
            settle.frame(frame, t);
        });
        feed.onStatus((live, message) -> context.background().ui(() -> model.status().set(message)));
        model.settleMode().addListener((o, a, on) -> settle.setOn(on));
        if (!model.ended().get()) feed.start();
    }

    /**
     * With the demo camera the tray's corners are known: the session's stills are taken under
     * that setup, so tray coordinates fall inside the rim as on a marked real tray.
     */
    private void useDemoTraySetup(AppContext context, long sessionId) {
        if (model.ended().get() || model.session().traySetupId() != null
                || context.cameraSource().kind() != SourceSpec.Kind.DEMO) {
            return;
        }
        long setup = context.library().traySetups().add(Sources.demoScene().traySetup()).id();
        context.library().sessions().useTraySetup(sessionId, setup);
        model.refresh();
    }

    /** The camera chosen in the settings; with no webcam the demo tray, and a message saying so. */
    private FrameSource openSource() {
        try {
            return Sources.create(context.cameraSource(), true);
        } catch (CameraException e) {
            context.background().ui(() -> model.status().set(messages.problem(e) + " — " + messages.get("console.usingDemo")));
            try {
                return Sources.create(SourceSpec.parse("demo"), true);
            } catch (CameraException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    public BorderPane view() { return root; }

    public SessionConsoleModel model() { return model; }

    public TaggingModel tagging() { return tagging; }

    private Node header() {
        Label headline = new Label();
        headline.setId("turnHeadline");
        headline.textProperty().bind(model.headline());
        headline.getStyleClass().add("turn-headline");
        Label status = new Label();
        status.setId("consoleStatus");
        status.textProperty().bind(model.status());
        VBox box = new VBox(4, headline, status);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private Node live() {
        StackPane pane = new StackPane(preview.view(), corners.overlay());
        pane.setId("livePane");
        pane.setStyle("-fx-background-color: #222;");
        preview.view().fitWidthProperty().bind(pane.widthProperty().subtract(8));
        preview.view().fitHeightProperty().bind(pane.heightProperty().subtract(8));
        return pane;
    }

    private Node side() {
        ListView<String> order = new ListView<>(model.turnOrder());
        order.setPrefWidth(220);
        order.setPrefHeight(170);
        order.setFocusTraversable(false);
        order.getSelectionModel().select(model.currentPosition().get());
        model.currentPosition().addListener((o, a, i) -> order.getSelectionModel().select(i.intValue()));
        ToggleButton settleButton = new ToggleButton(messages.get("console.settle") + "  [T]");
        settleButton.selectedProperty().bindBidirectional(model.settleMode());
        settleButton.setFocusTraversable(false);
        Label keys = new Label(messages.get("console.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("key-legend");
        VBox side = new VBox(8, new Label(model.isGroup() ? messages.get("console.turnOrder") : ""), order, settleButton, keys,
                exportButton());
        side.setPadding(new Insets(8));
        side.setPrefWidth(240);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    /** A finished session can be exported for case discussion. */
    private Node exportButton() {
        Button export = new Button(messages.get("export.button"));
        export.setId("consoleExport");
        export.setFocusTraversable(false);
        export.visibleProperty().bind(model.ended());
        export.setOnAction(e -> org.sandtray.ui.export.ExportDialog.show(context, root.getScene().getWindow(), model.sessionId(), null));
        return export;
    }

    private Node bottom() {
        VBox box = new VBox(filmstrip.view());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Keyboard: installed on the scene while the console is shown. */
    public void install(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        try {
            boolean command = e.isShortcutDown() || e.isControlDown();
            if (command && e.getCode() == KeyCode.Z) {
                if (tabs.getSelectionModel().getSelectedItem() == tagTab) tagging.undo(); else model.undoTurn();
            } else if (command && e.getCode() == KeyCode.Y) {
                tagging.redo();
            } else if (command || e.isAltDown()) {
                return;
            } else if (TURN_KEYS.containsKey(e.getCode()) && !model.ended().get()) {
                model.record(TURN_KEYS.get(e.getCode()));
            } else if (e.getCode() == KeyCode.SPACE && !model.ended().get()) {
                capture();
            } else if (e.getCode() == KeyCode.T) {
                model.settleMode().set(!model.settleMode().get());
            } else if (e.getCode() == KeyCode.E) {
                end();
            } else if (e.getCode() == KeyCode.ENTER) {
                tagSelected();
            } else if (e.getCode() == KeyCode.C && !model.ended().get()) {
                tabs.getSelectionModel().select(liveTab);
                corners.start();
                model.status().set(messages.get("console.markCorners"));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (corners.marking()) corners.cancel();
                if (taggingView.tool() != null && onTagTab()) {
                    taggingView.tool(null);
                    model.status().set(messages.get("console.markerMode"));
                    e.consume();
                    return;
                }
                tabs.getSelectionModel().select(liveTab);
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                Marker m = taggingView.selected();
                if (m != null) tagging.remove(m);
            } else if (e.getCode() == KeyCode.F && onTagTab()) {
                Marker m = taggingView.selected();
                if (m != null) tagging.turn(m);
            } else if (e.getCode() == KeyCode.B && onTagTab()) {
                Marker m = taggingView.selected();
                if (m != null) tagging.toggleBuried(m);
            } else if (ANNOTATION_KEYS.containsKey(e.getCode()) && onTagTab()) {
                var shape = ANNOTATION_KEYS.get(e.getCode());
                taggingView.tool(taggingView.tool() == shape ? null : shape);
                model.status().set(taggingView.tool() == null ? messages.get("console.markerMode")
                        : messages.get("console.annotationMode", messages.get("shape." + shape.code())));
            } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS) {
                taggingView.zoomBy(1.25);
            } else if (e.getCode() == KeyCode.MINUS) {
                taggingView.zoomBy(0.8);
            } else {
                return;
            }
            e.consume();
        } catch (RuntimeException ex) {
            e.consume();
            Alerts.error(messages, ex);
        }
    }

    private boolean onTagTab() {
        return tabs.getSelectionModel().getSelectedItem() == tagTab;
    }

    /** Space: a still now. Before the first still, students without photo consent are named. */
    void capture() {
        if (!model.consentClear()) {
            String names = String.join("、", model.withoutPhotoConsent());
            boolean go = Alerts.confirm(messages, messages.get("consent.header"), messages.get("consent.text", names));
            refocus();
            if (!go) return;
            model.acknowledgeConsent();
        }
        model.capture(() -> filmstrip.view().scrollTo(model.stills().size() - 1));
    }

    private void tagSelected() {
        Still still = filmstrip.view().getSelectionModel().getSelectedItem();
        if (still == null && !model.stills().isEmpty()) {
            still = model.stills().get(model.stills().size() - 1);
            filmstrip.view().getSelectionModel().select(still);
        }
        if (still == null) {
            model.status().set(messages.get("console.noStillYet"));
            return;
        }
        tabs.getSelectionModel().select(tagTab);
        taggingView.show(still);
    }

    private void chooseAndPlace(org.sandtray.domain.TrayPoint spot) {
        var participants = context.library().sessions().participants(model.sessionId());
        String current = model.next().map(n -> n.studentCode()).orElse(participants.isEmpty() ? null : participants.get(0));
        var choice0 = chooser.choose(participants, model::nameOf, current);
        refocus();
        choice0.ifPresent(choice -> {
            try {
                tagging.place(choice.figure().nameZh() != null ? choice.figure().nameZh() : choice.figure().nameEn(),
                        choice.studentCode(), spot);
            } catch (RuntimeException ex) {
                Alerts.error(messages, ex);
            }
        });
    }

    /** Four corners clicked on the live image: a new tray setup, used for this session's next stills. */
    private void cornersMarked(java.util.List<org.sandtray.domain.ImagePoint> points) {
        try {
            var setup = context.library().traySetups().add(new org.sandtray.domain.TraySetup(0,
                    context.settings().trayWidthCm(), context.settings().trayHeightCm(),
                    liveWidth, corners.frameHeight(), points));
            context.library().sessions().useTraySetup(model.sessionId(), setup.id());
            corners.show(setup);
            model.refresh();
            model.status().set(messages.get("console.cornersMarked"));
        } catch (RuntimeException e) {
            Alerts.error(messages, e);
        }
    }

    /** Back to the console after a dialog, so the turn keys work without a click. */
    private void refocus() {
        if (root.getScene() != null && root.getScene().getWindow() != null) root.getScene().getWindow().requestFocus();
    }

    private void end() {
        WrapUpDialog.ask(messages, model.session()).ifPresent(wrapUp -> {
            model.end(wrapUp);
            feed.close();
            onClose.run();
        });
    }

    @Override
    public void close() {
        if (scene != null) scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        feed.close();
        settle.close();
        log.debug("console of session {} closed", model.sessionId());
    }
}
