package org.sandtray.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.sandtray.capture.CameraException;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.CameraList;
import org.sandtray.capture.FrameSource;
import org.sandtray.capture.SourceSpec;
import org.sandtray.capture.Sources;
import org.sandtray.capture.StillEncoder;
import org.sandtray.ui.preview.LivePreview;

import java.util.function.Consumer;

/**
 * Language, camera, settle delay, tray size; applied at once. The camera is chosen from those
 * found (listed off the UI thread), with its sizes and a live preview of the one chosen; when no
 * webcam is found it says so plainly and that the demo camera is in use.
 */
final class SettingsView implements AutoCloseable {
    private final GridPane root = new GridPane();
    private final Messages messages;
    private final LivePreview preview = new LivePreview();
    private final Label previewStatus = new Label();
    private final ComboBox<CameraChoice.Option> camera = new ComboBox<>();
    private final ComboBox<String> size = new ComboBox<>();
    private final Label cameraStatus = new Label();
    private final Label shownSize = new Label();
    private final Background background;
    private CameraFeed feed;
    private boolean closed;

    SettingsView(Messages messages, Settings settings, String libraryFolder, Background background, Consumer<Settings> apply) {
        this.messages = messages;
        this.background = background;
        ComboBox<String> language = new ComboBox<>();
        language.getItems().addAll("中文", "English");
        language.setValue(messages.chinese() ? "中文" : "English");
        camera.setId("cameraChoice");
        camera.setPromptText(messages.get("settings.lookingForCameras"));
        camera.setDisable(true);
        size.setId("cameraSize");
        size.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(String s) { return s == null ? messages.get("settings.bestSize") : s.replace("x", " × "); }

            @Override public String fromString(String s) { return null; }
        });
        cameraStatus.setId("cameraStatus");
        cameraStatus.setWrapText(true);
        cameraStatus.setMaxWidth(420);
        cameraStatus.setText(messages.get("settings.lookingForCameras"));
        camera.valueProperty().addListener((o, a, chosen) -> {
            if (chosen == null) return;
            String keep = size.getValue();
            size.getItems().setAll(CameraChoice.sizes(chosen));
            size.setValue(size.getItems().contains(keep) ? keep : null);
            startPreview();
        });
        size.valueProperty().addListener((o, a, b) -> {
            if (a != null || b != null) startPreview();
        });
        background.run(CameraList::find, found -> {
            if (closed) return;
            CameraChoice choice = new CameraChoice(messages, found, settings.cameraSource());
            camera.getItems().setAll(choice.options());
            size.setValue(settings.cameraSize());
            camera.setValue(choice.selected());
            camera.setDisable(false);
            cameraStatus.setText(choice.status());
            cameraStatus.getStyleClass().removeAll("settings-warning");
            if (choice.noneFound()) cameraStatus.getStyleClass().add("settings-warning");
        }, error -> cameraStatus.setText(messages.problem(error)));
        StackPane previewPane = new StackPane(preview.view(), previewStatus);
        previewPane.setId("cameraPreview");
        previewPane.setStyle("-fx-background-color: #222;");
        previewPane.setPrefSize(400, 225);
        previewPane.setMinSize(400, 225);
        previewPane.setMaxSize(400, 225);
        preview.view().setFitWidth(400);
        preview.view().setFitHeight(225);
        preview.view().setPreserveRatio(true);
        previewStatus.setWrapText(true);
        previewStatus.setMaxWidth(380);
        previewStatus.getStyleClass().add("preview-status");
        TextField settle = new TextField(Double.toString(settings.settleMillis() / 1000.0));
        TextField tray = new TextField(settings.trayWidthCm() + " x " + settings.trayHeightCm());
        Label error = new Label();
        Button save = new Button(messages.get("settings.apply"));
        save.setId("applySettings");
        save.setOnAction(e -> {
            long settleMillis;
            double[] sizeCm;
            try {
                settleMillis = Math.round(Double.parseDouble(settle.getText().strip()) * 1000);
                String[] wh = tray.getText().toLowerCase(java.util.Locale.ROOT).split("x");
                sizeCm = new double[] {Double.parseDouble(wh[0].strip()), Double.parseDouble(wh[1].strip())};
            } catch (RuntimeException ex) {
                error.setText(messages.get("settings.invalid"));
                return;
            }
            if (settleMillis < 200 || sizeCm[0] <= 0 || sizeCm[1] <= 0) {
                error.setText(messages.get("settings.invalid"));
                return;
            }
            CameraChoice.Option chosen = camera.getValue();
            Settings next = settings.withLanguage("中文".equals(language.getValue()) ? "zh" : "en")
                    .withSettle(settleMillis).withTray(sizeCm[0], sizeCm[1]);
            if (chosen != null) next = next.withCameraSource(chosen.spec()).withCameraSize(size.getValue());
            close();
            apply.accept(next);
        });
        root.setHgap(10);
        root.setVgap(10);
        root.setPadding(new Insets(16));
        root.addRow(0, new Label(messages.get("settings.language")), language);
        root.addRow(1, new Label(messages.get("settings.camera")), camera);
        root.addRow(2, new Label(messages.get("settings.cameraSize")), size);
        root.add(cameraStatus, 1, 3);
        javafx.scene.layout.VBox previewBox = new javafx.scene.layout.VBox(4, previewPane, shownSize);
        shownSize.setId("cameraShown");
        root.add(previewBox, 1, 4);
        root.addRow(5, new Label(messages.get("settings.settle")), settle);
        root.addRow(6, new Label(messages.get("settings.traySize")), tray);
        root.addRow(7, new Label(messages.get("settings.library")), new Label(libraryFolder));
        root.addRow(8, save, error);
    }

    GridPane view() { return root; }

    /** Shows the camera chosen, at the size chosen; a camera that cannot be opened is said over the preview. */
    private void startPreview() {
        stopPreview();
        CameraChoice.Option chosen = camera.getValue();
        if (chosen == null || closed) return;
        previewStatus.setText(messages.get("settings.opening", chosen.label()));
        java.awt.Dimension wanted = new Settings(null, chosen.spec(), 0, 1, 1, null, size.getValue()).cameraDimension();
        CameraFeed next = new CameraFeed(() -> open(chosen, wanted), new StillEncoder(StillEncoder.DEFAULT_QUALITY));
        next.onFrame((frame, t) -> {
            preview.frame(frame);
            if (previewStatus.getText() != null && !previewStatus.getText().isEmpty()) {
                background.ui(() -> previewStatus.setText(""));
            }
        });
        next.onStatus((live, message) -> background.ui(() -> {
            if (live) previewStatus.setText("");
            shownSize.setText(live ? messages.get("settings.showing", message) : "");
        }));
        feed = next;
        next.start();
    }

    /** The chosen camera; why it cannot be opened is said over the preview in the counselor's language. */
    private FrameSource open(CameraChoice.Option chosen, java.awt.Dimension wanted) {
        FrameSource source;
        try {
            source = Sources.create(SourceSpec.parse(chosen.spec()), true, wanted);
        } catch (CameraException | IllegalArgumentException e) {
            background.ui(() -> previewStatus.setText(messages.problem(e)));
            throw new IllegalStateException(e);
        }
        return new FrameSource() {
            @Override public void open() throws CameraException {
                try {
                    source.open();
                } catch (CameraException e) {
                    background.ui(() -> previewStatus.setText(messages.problem(e)));
                    throw e;
                }
            }

            @Override public org.bytedeco.opencv.opencv_core.Mat grab() throws CameraException { return source.grab(); }

            @Override public int width() { return source.width(); }

            @Override public int height() { return source.height(); }

            @Override public double frameRate() { return source.frameRate(); }

            @Override public long timestampMillis() { return source.timestampMillis(); }

            @Override public String name() { return source.name(); }

            @Override public boolean isOpen() { return source.isOpen(); }

            @Override public void close() { source.close(); }
        };
    }

    private void stopPreview() {
        if (feed != null) feed.close();
        feed = null;
    }

    /** Stops the preview camera (the settings screen was left). */
    @Override
    public void close() {
        closed = true;
        stopPreview();
        preview.close();
    }
}
