package org.sandtray.ui.session;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sandtray.capture.CameraException;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.FrameSource;
import org.sandtray.capture.SourceSpec;
import org.sandtray.capture.Sources;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Session;
import org.sandtray.library.Sessions;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;
import org.sandtray.ui.NoteBar;
import org.sandtray.ui.preview.LivePreview;
import org.sandtray.ui.tagging.FigureChooser;
import org.sandtray.ui.tagging.FigureSearch;
import org.sandtray.ui.tagging.StudentColours;
import org.sandtray.ui.tagging.TaggingView;
import org.sandtray.vision.SettleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The club hour on screen: live camera, whose turn it is, the filmstrip, and tagging placements on
 * a still. It owns the camera and the dialogs; what a key or a click means is decided by
 * {@link SessionConsoleModel}, which this view only binds to.
 */
public final class SessionConsole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SessionConsole.class);

    private final AppContext context;
    private final Messages messages;
    private final SessionConsoleModel model;
    private final CameraFeed feed;
    private final LivePreview preview = new LivePreview();
    private final TrayCorners corners;
    private volatile int liveWidth;
    private final SettleWatcher settle;
    private final Filmstrip filmstrip;
    private final TaggingView taggingView;
    private final FigureChooser chooser;
    private final TabPane tabs = new TabPane();
    private final Tab liveTab;
    private final Tab tagTab;
    private final BorderPane root = new BorderPane();
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    private Scene scene;

    public SessionConsole(AppContext context, long sessionId, Runnable onClose) {
        this.context = context;
        this.messages = context.messages();
        this.feed = new CameraFeed(this::openSource, new StillEncoder(StillEncoder.DEFAULT_QUALITY));
        FigureSearch search = new FigureSearch(context.library().figures().list(), context.library().figures().recentlyUsed(12), false);
        // the pinyin dictionary takes seconds to load the first time: never on the JavaFX thread
        context.background().run(search::withPinyin, s -> s.pinyinReady().set(true), e -> log.warn("pinyin search not available", e));
        this.chooser = new FigureChooser(messages, search, new org.sandtray.ui.tagging.FigurePhotos(context.library(), context.background()));
        this.model = new SessionConsoleModel(context.library(), messages, sessionId, feed::captureStill, context.background(),
                new Dialogs());
        useDemoTraySetup(context, sessionId);
        this.corners = new TrayCorners(preview.view(), points -> model.cornersMarked(points, liveWidth, corners().frameHeight(),
                context.settings().trayWidthCm(), context.settings().trayHeightCm()));
        model.traySetup().ifPresent(setup -> {
            corners.frameSize(setup.imageWidth(), setup.imageHeight());
            corners.show(setup);
        });
        this.settle = new SettleWatcher(SettleParameters.defaults().withSettleMillis(context.settings().settleMillis()), model::capture,
                messages, text -> model.status().set(text), context.background()::ui);
        this.filmstrip = new Filmstrip(context.decoder(), context.background(), messages);
        this.taggingView = new TaggingView(model.tagging(), context.library(), messages, context.decoder(), context.background(),
                model::nameOf);
        taggingView.colours(StudentColours.of(context.library(), model.participants()));
        taggingView.onEmptyClick(model::placeAt);
        taggingView.onError(model::report);
        taggingView.onCannotShow(text -> model.notice().set(org.sandtray.ui.Notice.note(text)));
        taggingView.onTextWanted(this::askText);
        liveTab = new Tab(messages.get("console.live") + "  [Esc]", live());
        tagTab = new Tab(messages.get("console.tag") + "  [Enter]", taggingView.view());
        liveTab.setClosable(false);
        tagTab.setClosable(false);
        tabs.getTabs().addAll(liveTab, tagTab);
        root.setTop(header());
        VBox centre = new VBox(tabs, filmstrip.view());
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(centre);
        root.setRight(side());
        bind(onClose);
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
        feed.onStatus((live, message) -> context.background().ui(() -> model.cameraStatus(message)));
        if (!model.ended().get()) feed.start();
        else if (!model.stills().isEmpty()) model.tag(null); // a finished session opens on its newest still
    }

    private TrayCorners corners() { return corners; }

    /** The view follows the model: tab shown, still tagged, filmstrip, corners, settle mode, the end. */
    private void bind(Runnable onClose) {
        filmstrip.view().setItems(model.stills());
        filmstrip.view().getSelectionModel().selectedItemProperty().addListener((o, a, still) -> model.chosenStill().set(still));
        model.chosenStill().addListener((o, a, still) -> {
            if (still != null && filmstrip.view().getSelectionModel().getSelectedItem() != still) {
                filmstrip.view().getSelectionModel().select(still);
                filmstrip.view().scrollTo(still);
            }
        });
        filmstrip.view().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.filmstripFocused().set(false);
                model.tag(filmstrip.view().getSelectionModel().getSelectedItem());
            }
        });
        // the filmstrip's keys act only while it has the focus; leaving it (Esc, Enter) gives the view its keys back
        filmstrip.view().focusedProperty().addListener((o, a, focused) -> model.filmstripFocused().set(focused));
        model.filmstripFocused().addListener((o, a, on) -> {
            if (!on && filmstrip.view().isFocused()) {
                if (model.screen().get() == SessionConsoleModel.Screen.TAGGING) taggingView.focus(); else tabs.requestFocus();
            }
        });
        model.onStillDeleted(id -> {
            filmstrip.forget(id);
            if (taggingView.showing() != null && taggingView.showing().id() == id) taggingView.clear();
        });
        model.stills().addListener((ListChangeListener<org.sandtray.domain.Still>) c -> {
            filmstrip.view().scrollTo(model.stills().size() - 1);
            filmstrip.markWithoutConsent(context.library().stills().withoutPhotoConsent(model.sessionId()));
        });
        filmstrip.markWithoutConsent(context.library().stills().withoutPhotoConsent(model.sessionId()));
        model.screen().addListener((o, a, s) -> tabs.getSelectionModel().select(s == SessionConsoleModel.Screen.TAGGING ? tagTab : liveTab));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == tagTab && model.taggedStill().get() == null) {
                model.tag(null); // the newest still, or a note that there is none yet
                if (model.taggedStill().get() == null) {
                    tabs.getSelectionModel().select(liveTab);
                    return;
                }
            }
            model.screen().set(tab == tagTab ? SessionConsoleModel.Screen.TAGGING : SessionConsoleModel.Screen.LIVE);
        });
        model.taggedStill().addListener((o, a, still) -> {
            if (still != null) taggingView.show(still);
        });
        model.markingCorners().addListener((o, a, on) -> {
            if (on) corners.start(); else if (corners.marking()) corners.cancel();
        });
        model.settleMode().addListener((o, a, on) -> settle.setOn(on));
        model.ended().addListener((o, was, ended) -> {
            if (ended) {
                feed.close();
                onClose.run();
            }
        });
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
            return Sources.create(context.cameraSource(), true, context.settings().cameraDimension());
        } catch (CameraException e) {
            context.background().ui(() -> model.cameraStatus(messages.problem(e) + " — " + messages.get("console.usingDemo")));
            try {
                return Sources.create(SourceSpec.parse("demo"), true);
            } catch (CameraException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    public BorderPane view() { return root; }

    /** Two stills chosen in the filmstrip to see side by side (the review's comparison). */
    public void onCompare(java.util.function.BiConsumer<org.sandtray.domain.Still, org.sandtray.domain.Still> compare) {
        filmstrip.onCompare(compare);
    }

    public SessionConsoleModel model() { return model; }

    /** For the window's test: the live image. */
    public LivePreview preview() { return preview; }

    /** For the window's test: the still being tagged. */
    public TaggingView taggingView() { return taggingView; }

    private Node header() {
        Label headline = new Label();
        headline.setId("turnHeadline");
        headline.textProperty().bind(model.headline());
        headline.getStyleClass().add("turn-headline");
        Label status = new Label();
        status.setId("consoleStatus");
        status.textProperty().bind(model.status());
        status.getStyleClass().add("console-status");
        NoteBar notes = new NoteBar(messages, model.notice(), "notice").keepPlace();
        VBox box = new VBox(4, headline, status, notes.view());
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private Node live() {
        StackPane pane = new StackPane(preview.view(), corners.overlay());
        pane.setId("livePane");
        pane.setStyle("-fx-background-color: #222;");
        if (model.ended().get()) {
            // a finished session has no camera: say so instead of an empty frame with a tray outline
            Label none = new Label(messages.get("console.noLiveCamera"));
            none.getStyleClass().add("no-live-camera");
            none.setWrapText(true);
            pane.getChildren().setAll(none);
        }
        preview.view().fitWidthProperty().bind(pane.widthProperty().subtract(8));
        preview.view().fitHeightProperty().bind(pane.heightProperty().subtract(8));
        return pane;
    }

    private Node side() {
        ListView<String> order = new ListView<>(model.turnOrder());
        order.setId("turnOrder");
        order.setPrefWidth(220);
        order.setPrefHeight(8 * 28 + 4);
        order.setFocusTraversable(false);
        order.setMouseTransparent(true);
        // whose turn it is is drawn by the cell, not by the list's selection (which a refresh clears)
        order.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String member, boolean empty) {
                super.updateItem(member, empty);
                boolean current = !empty && getIndex() == model.currentPosition().get();
                setText(empty ? null : (current ? "▶ " : "    ") + member);
                getStyleClass().remove("current-member");
                if (current) getStyleClass().add("current-member");
            }
        });
        model.currentPosition().addListener((o, a, i) -> order.refresh());
        ToggleButton settleButton = new ToggleButton(messages.get("console.settle") + "  [T]");
        settleButton.selectedProperty().bindBidirectional(model.settleMode());
        settleButton.disableProperty().bind(model.ended());
        settleButton.setFocusTraversable(false);
        Label legend = new Label();
        legend.setId("keyLegend");
        legend.textProperty().bind(model.legend());
        legend.setWrapText(true);
        legend.getStyleClass().add("key-legend");
        VBox side = new VBox(8);
        if (model.isGroup()) side.getChildren().addAll(new Label(messages.get("console.turnOrder")), order);
        if (!model.session().absent().isEmpty()) {
            Label absent = new Label(messages.get("console.absent",
                    String.join("、", model.session().absent().stream().map(c -> model.nameOf(c) + " (" + c + ")").toList())));
            absent.setId("absentToday");
            absent.setWrapText(true);
            side.getChildren().add(absent);
        }
        side.getChildren().addAll(settleButton, legend, exportButton());
        side.setPadding(new Insets(8));
        side.setPrefWidth(240);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
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

    /** Keyboard: installed on the scene while the console is shown. */
    public void install(Scene scene) {
        this.scene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        boolean shortcut = e.isShortcutDown() || e.isControlDown();
        // zooming changes no record: the view's own business, on the tagging view only
        if (!shortcut && model.screen().get() == SessionConsoleModel.Screen.TAGGING
                && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.MINUS)) {
            taggingView.zoomBy(e.getCode() == KeyCode.MINUS ? 0.8 : 1.25);
            e.consume();
            return;
        }
        if (model.key(e.getCode(), shortcut, e.isAltDown())) e.consume();
    }

    private Optional<String> askText() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(messages.get("shape.text"));
        ask.setHeaderText(messages.get("console.textPrompt"));
        ask.getDialogPane().getButtonTypes().setAll(Buttons.ok(messages), Buttons.cancel(messages));
        Optional<String> text = ask.showAndWait().filter(t -> !t.isBlank());
        refocus();
        return text;
    }

    /** Back to the console after a dialog, so the turn keys work without a click. */
    private void refocus() {
        if (root.getScene() != null && root.getScene().getWindow() != null) root.getScene().getWindow().requestFocus();
    }

    /** The console's questions as real dialogs. */
    private final class Dialogs implements ConsoleDialogs {
        @Override
        public boolean photoWithoutConsent(String names) {
            boolean go = Alerts.confirm(messages, messages.get("consent.header"), messages.get("consent.text", names));
            refocus();
            return go;
        }

        @Override
        public Optional<Sessions.WrapUp> wrapUp(Session session) {
            Optional<Sessions.WrapUp> answer = WrapUpDialog.ask(messages, session);
            refocus();
            return answer;
        }

        @Override
        public Optional<FigureChooser.Choice> chooseFigure(List<String> participants, Function<String, String> names, String preselected) {
            Optional<FigureChooser.Choice> choice = chooser.choose(participants, names, preselected, taggingView.lastClick());
            refocus();
            return choice;
        }

        @Override
        public boolean confirmDeleteStill(org.sandtray.library.Stills.Deletion would) {
            javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType(messages.get("cull.deleteButton"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType cancel = Buttons.cancel(messages);
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    messages.get("cull.deleteText", would.marks(), would.annotations(), would.placements()), delete, cancel);
            alert.setTitle(messages.get("cull.deleteTitle"));
            alert.setHeaderText(messages.get("cull.deleteHeader", would.still().id()));
            // Enter keeps the still: deleting for good takes a deliberate click or Tab to the red button
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
            alert.getDialogPane().lookupButton(delete).getStyleClass().add("danger");
            alert.getDialogPane().lookupButton(delete).setId("confirmDelete");
            boolean yes = alert.showAndWait().filter(b -> b == delete).isPresent();
            refocus();
            return yes;
        }

        @Override
        public void failure(Throwable error) {
            Alerts.error(messages, error);
            refocus();
        }
    }

    /**
     * The screen locked: decoded pictures leave memory (filmstrip, tagged still) and the console's
     * keys stop acting (it is not shown). The camera and the settle detector keep running, so
     * stills keep being stored.
     */
    public void lockScreen() {
        if (scene != null) scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        filmstrip.forget();
        taggingView.forget();
    }

    /** Unlocked: the keys act again and the pictures are decoded again as they are shown. */
    public void unlockScreen() {
        if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        filmstrip.view().refresh();
        if (taggingView.showing() != null) taggingView.show(taggingView.showing());
    }

    @Override
    public void close() {
        if (scene != null) scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        feed.close();
        settle.close();
        preview.close();
        log.debug("console of session {} closed", model.sessionId());
    }
}
