package org.sandtray.ui.export;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.sandtray.domain.Session;
import org.sandtray.domain.Student;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The export window: what to export and how on the left, every picture to check in the middle
 * (blur regions outlined; drag to add one, click one to remove it, Ctrl+Z to take it back), and
 * at the bottom the progress with cancel, Export, and "Open the folder" when done.
 */
public final class ExportDialog {
    private final AppContext context;
    private final Messages messages;
    private final ExportModel model;
    private final Stage stage = new Stage();
    private final BlurCanvas canvas;
    private final ListView<ExportModel.Item> pictures = new ListView<>();
    private Path chosenFolder;

    ExportDialog(AppContext context, Long sessionId, String studentCode) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ExportModel(context.library(), messages, context.background(), sessionId, studentCode, this::open);
        this.canvas = new BlurCanvas(model, messages);
        BorderPane root = new BorderPane();
        root.setLeft(choices());
        root.setCenter(previewPane());
        root.setBottom(bottom());
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(org.sandtray.ui.MainWindow.class.getResource("sandtray.css").toExternalForm());
        // keys act in this window only
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.isShortcutDown() || e.isControlDown()) && e.getCode() == KeyCode.Z && !(e.getTarget() instanceof TextField)) {
                model.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && (model.state().get() == ExportModel.State.PREPARING
                    || model.state().get() == ExportModel.State.EXPORTING)) {
                model.cancel();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(messages.get("export.title"));
        stage.setOnCloseRequest(e -> model.cancel());
    }

    /** Opens the export window over the owner, for a session (or, with null, for choosing a student). */
    public static ExportDialog show(AppContext context, Window owner, Long sessionId, String studentCode) {
        ExportDialog dialog = new ExportDialog(context, sessionId, studentCode);
        if (owner != null) {
            dialog.stage.initOwner(owner);
            dialog.stage.initModality(Modality.WINDOW_MODAL);
        }
        dialog.stage.show();
        if (dialog.model.canCheck().get()) dialog.model.check();
        return dialog;
    }

    public ExportModel model() { return model; }

    public Stage stage() { return stage; }

    /** For tests: the folder to write to instead of asking. */
    public void folder(Path folder) { this.chosenFolder = folder; }

    private VBox choices() {
        ToggleGroup scope = new ToggleGroup();
        RadioButton bySession = new RadioButton(messages.get("export.session"));
        RadioButton byStudent = new RadioButton(messages.get("export.student"));
        bySession.setToggleGroup(scope);
        byStudent.setToggleGroup(scope);
        (model.ofStudent().get() ? byStudent : bySession).setSelected(true);
        scope.selectedToggleProperty().addListener((o, a, b) -> model.ofStudent().set(b == byStudent));

        Map<String, String> names = context.library().students().list().stream()
                .collect(Collectors.toMap(Student::code, s -> s.name() == null ? "" : s.name()));
        Function<Session, String> describe = s -> "#" + s.id() + "  " + LocalDate.ofInstant(s.startedAt(), ZoneId.systemDefault())
                + "  " + (s.groupName() != null ? s.groupName() : s.studentCode() + " " + names.getOrDefault(s.studentCode(), ""));
        ComboBox<Session> sessions = new ComboBox<>();
        sessions.setId("exportSession");
        sessions.getItems().setAll(context.library().sessions().list());
        sessions.setConverter(converter(describe));
        sessions.getItems().stream().filter(s -> model.session().get() != null && s.id() == model.session().get()).findFirst()
                .ifPresent(sessions::setValue);
        sessions.valueProperty().addListener((o, a, s) -> model.session().set(s == null ? null : s.id()));
        sessions.disableProperty().bind(model.ofStudent());
        sessions.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> students = new ComboBox<>();
        students.setId("exportStudent");
        students.getItems().setAll(names.keySet().stream().sorted().toList());
        students.setConverter(converter(code -> code + "  " + names.getOrDefault(code, "")));
        students.setValue(model.student().get());
        students.valueProperty().addListener((o, a, c) -> model.student().set(c));
        students.disableProperty().bind(model.ofStudent().not());
        students.setMaxWidth(Double.MAX_VALUE);
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        from.setPromptText(messages.get("export.from"));
        to.setPromptText(messages.get("export.to"));
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        from.disableProperty().bind(model.ofStudent().not());
        to.disableProperty().bind(model.ofStudent().not());

        CheckBox stills = check("export.stills", model.stills());
        CheckBox pdf = check("export.pdf", model.pdf());
        CheckBox data = check("export.data", model.data());

        ToggleGroup privacy = new ToggleGroup();
        RadioButton deidentified = new RadioButton(messages.get("export.deidentified"));
        RadioButton identifiable = new RadioButton(messages.get("export.identifiable"));
        identifiable.setId("exportIdentifiable");
        deidentified.setToggleGroup(privacy);
        identifiable.setToggleGroup(privacy);
        deidentified.setSelected(true);
        privacy.selectedToggleProperty().addListener((o, a, b) -> model.identifiable().set(b == identifiable));
        Label consent = new Label();
        consent.setId("exportConsent");
        consent.setWrapText(true);
        consent.setStyle("-fx-text-fill: #c62828;");
        consent.textProperty().bind(model.consentMessage());
        CheckBox wholeFrame = check("export.wholeFrame", model.wholeFrame());
        TextField question = new TextField();
        question.setPromptText(messages.get("export.caseQuestion"));
        question.textProperty().bindBidirectional(model.caseQuestion());
        Button check = new Button(messages.get("export.check"));
        check.setId("exportCheck");
        check.disableProperty().bind(model.canCheck().not());
        check.setOnAction(e -> model.check());
        check.setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(8, heading("export.what"), bySession, sessions, byStudent, students, new HBox(6, from, to),
                heading("export.include"), stills, pdf, data, heading("export.privacy"), deidentified, identifiable, consent,
                wholeFrame, heading("export.caseQuestionHeading"), question, new Region(), check);
        box.setPadding(new Insets(12));
        box.setPrefWidth(320);
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        return box;
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private CheckBox check(String key, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(messages.get(key));
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : text.apply(value); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private SplitPane previewPane() {
        pictures.setId("exportPictures");
        pictures.setItems(model.items());
        pictures.setPrefWidth(230);
        pictures.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExportModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("export.pictureCaption", item.picture().session(),
                        item.picture().still().ordinal(), item.regions().size()));
            }
        });
        pictures.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) model.selected().set(i.intValue());
        });
        model.selected().addListener((o, a, i) -> {
            if (i.intValue() != pictures.getSelectionModel().getSelectedIndex()) pictures.getSelectionModel().select(i.intValue());
            showSelected();
        });
        model.items().addListener((javafx.collections.ListChangeListener<ExportModel.Item>) c -> {
            while (c.next()) {
                for (ExportModel.Item item : c.getAddedSubList()) {
                    item.shown().addListener((o, a, b) -> {
                        if (model.items().indexOf(item) == model.selected().get()) showSelected();
                        pictures.refresh();
                    });
                    item.regions().addListener((javafx.collections.ListChangeListener<Object>) x -> pictures.refresh());
                }
            }
            if (model.items().isEmpty()) canvas.show(null, null);
        });
        Label hint = new Label(messages.get("export.hint"));
        hint.setWrapText(true);
        VBox right = new VBox(6, canvas.view(), hint);
        VBox.setVgrow(canvas.view(), Priority.ALWAYS);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(pictures, right);
        split.setDividerPositions(0.22);
        return split;
    }

    private void showSelected() {
        int i = model.selected().get();
        if (i < 0 || i >= model.items().size()) return;
        ExportModel.Item item = model.items().get(i);
        byte[] bytes = item.shown().get();
        if (bytes == null) return;
        context.background().run(() -> new Image(new ByteArrayInputStream(bytes)), image -> {
            if (model.selected().get() == i) canvas.show(item, image);
        }, e -> model.status().set(messages.problem(e)));
    }

    private HBox bottom() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.progressProperty().bind(model.progress());
        bar.setPrefWidth(220);
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(model.status());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button cancel = new Button(messages.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.disableProperty().bind(model.state().isNotEqualTo(ExportModel.State.PREPARING)
                .and(model.state().isNotEqualTo(ExportModel.State.EXPORTING)));
        cancel.setOnAction(e -> model.cancel());
        Button export = new Button(messages.get("export.export"));
        export.setId("exportWrite");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExport().not());
        export.setOnAction(e -> write());
        Button open = new Button(messages.get("export.openFolder"));
        open.setId("exportOpenFolder");
        open.visibleProperty().bind(model.state().isEqualTo(ExportModel.State.DONE));
        open.setOnAction(e -> model.openFolder());
        Button close = new Button(messages.get("export.close"));
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        HBox box = new HBox(10, bar, status, cancel, export, open, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 10, 12));
        return box;
    }

    private void write() {
        Path folder = chosenFolder;
        if (folder == null) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("export.chooseFolder"));
            java.io.File picked = chooser.showDialog(stage);
            if (picked == null) return;
            folder = picked.toPath();
        }
        model.export(folder);
    }

    /** Opens the finished export's folder in the system's file manager. */
    private void open(Path folder) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(folder.toFile());
                    return;
                }
            } catch (Exception e) {
                // fall through: say where it is
            }
            context.background().ui(() -> Alerts.error(messages, messages.get("export.openFolder"),
                    messages.get("export.openByHand", folder)));
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }

    List<ExportModel.Item> items() { return model.items(); }

    BlurCanvas blurCanvas() { return canvas; }
}
