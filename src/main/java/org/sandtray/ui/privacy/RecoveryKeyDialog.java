package org.sandtray.ui.privacy;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sandtray.ui.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Shows a new library's recovery key once, and is closed only after the counselor ticks that they
 * wrote it down, printed it or saved it away from this PC (the program keeps no copy).
 */
public final class RecoveryKeyDialog {
    private RecoveryKeyDialog() {}

    public static void show(Messages messages, String recoveryKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("recovery.header"));
        Label key = new Label(recoveryKey);
        key.setId("recoveryKeyText");
        key.getStyleClass().add("recovery-key");
        key.setStyle("-fx-font-family: monospace; -fx-font-size: 20px;");
        Button copy = new Button(messages.get("recovery.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(recoveryKey);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label saved = new Label();
        Button save = new Button(messages.get("recovery.save"));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("sandtray-recovery-key.txt");
            var file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file == null) return;
            try {
                Files.writeString(file.toPath(), messages.get("recovery.fileText", recoveryKey), StandardCharsets.UTF_8);
                saved.setText(messages.get("recovery.savedTo", file));
            } catch (IOException ex) {
                // the disk full, no permission, a missing folder: said in the window's language, with the file
                saved.setText(org.sandtray.library.IoProblems.of(ex, file.toPath(), file.toPath().getParent()).render(messages.locale()));
            }
        });
        CheckBox confirmed = new CheckBox(messages.get("recovery.confirm"));
        confirmed.setId("recoveryConfirmed");
        confirmed.setWrapText(true);
        Label text = new Label(messages.get("recovery.text"));
        text.setWrapText(true);
        VBox box = new VBox(10, text, key, new HBox(8, copy, save), saved, confirmed);
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
        ButtonType done = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(done);
        dialog.getDialogPane().lookupButton(done).disableProperty().bind(confirmed.selectedProperty().not());
        // closing the window's frame is not a confirmation either
        dialog.setOnCloseRequest(e -> {
            if (!confirmed.isSelected()) e.consume();
        });
        dialog.showAndWait();
    }
}
