package org.sandtray.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sandtray.capture.SourceSpec;

import java.util.function.Consumer;

/** Language and camera source; applied at once. */
final class SettingsView {
    private final GridPane root = new GridPane();

    SettingsView(Messages messages, Settings settings, String libraryFolder, Consumer<Settings> apply) {
        ComboBox<String> language = new ComboBox<>();
        language.getItems().addAll("中文", "English");
        language.setValue(messages.chinese() ? "中文" : "English");
        TextField camera = new TextField(settings.cameraSource());
        camera.setPromptText("webcam, device:/dev/video0, file:..., demo");
        TextField settle = new TextField(Double.toString(settings.settleMillis() / 1000.0));
        TextField tray = new TextField(settings.trayWidthCm() + " x " + settings.trayHeightCm());
        Label error = new Label();
        Button save = new Button(messages.get("settings.apply"));
        save.setOnAction(e -> {
            try {
                SourceSpec.parse(camera.getText());
            } catch (IllegalArgumentException ex) {
                error.setText(messages.problem(ex));
                return;
            }
            long settleMillis;
            double[] size;
            try {
                settleMillis = Math.round(Double.parseDouble(settle.getText().strip()) * 1000);
                String[] wh = tray.getText().toLowerCase(java.util.Locale.ROOT).split("x");
                size = new double[] {Double.parseDouble(wh[0].strip()), Double.parseDouble(wh[1].strip())};
            } catch (RuntimeException ex) {
                error.setText(messages.get("settings.invalid"));
                return;
            }
            if (settleMillis < 200 || size[0] <= 0 || size[1] <= 0) {
                error.setText(messages.get("settings.invalid"));
                return;
            }
            apply.accept(settings.withLanguage("中文".equals(language.getValue()) ? "zh" : "en").withCameraSource(camera.getText().strip())
                    .withSettle(settleMillis).withTray(size[0], size[1]));
        });
        root.setHgap(10);
        root.setVgap(10);
        root.setPadding(new Insets(16));
        root.addRow(0, new Label(messages.get("settings.language")), language);
        root.addRow(1, new Label(messages.get("settings.camera")), camera);
        root.addRow(2, new Label(messages.get("settings.settle")), settle);
        root.addRow(3, new Label(messages.get("settings.traySize")), tray);
        root.addRow(4, new Label(messages.get("settings.library")), new Label(libraryFolder));
        root.addRow(5, save, error);
    }

    GridPane view() { return root; }
}
