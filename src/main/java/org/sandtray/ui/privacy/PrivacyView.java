package org.sandtray.ui.privacy;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.sandtray.library.Restore;
import org.sandtray.library.Secret;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Privacy and backup: back up now, restore a backup into a new folder, the reminders, the
 * passphrase, the idle lock and retention. Binds to {@link PrivacyModel}; the dialogs are here.
 */
public final class PrivacyView {
    private final VBox root = new VBox(12);

    public PrivacyView(AppContext context, Consumer<Notice> notes, Runnable settingsChanged) {
        Messages messages = context.messages();
        PrivacyModel model = new PrivacyModel(context.library(), messages, context.background(), notes, e -> Alerts.error(messages, e));
        root.setPadding(new Insets(16));

        Label state = new Label(messages.get(model.encrypted() ? "privacy.encrypted" : "privacy.plain"));
        state.setWrapText(true);
        Label last = new Label();
        last.textProperty().bind(model.lastBackup());
        VBox reminders = new VBox(4);
        model.reminders().addListener((o, a, list) -> show(reminders, list));
        show(reminders, model.reminders().get());
        Label status = new Label();
        status.textProperty().bind(model.status());

        Button backup = new Button(messages.get("privacy.backup"));
        backup.setId("backupNow");
        backup.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("privacy.backupTo"));
            chooser.setInitialFileName("sandtray-backup-" + LocalDate.now() + ".zip");
            File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) model.backup(file.toPath());
        });
        Button restore = new Button(messages.get("privacy.restore"));
        restore.setOnAction(e -> restore(context, model));

        PasswordField current = new PasswordField();
        current.setPromptText(messages.get("privacy.currentPassphrase"));
        PasswordField next = new PasswordField();
        next.setPromptText(messages.get("create.passphrase", org.sandtray.library.crypto.Passphrase.MIN_LENGTH));
        PasswordField again = new PasswordField();
        again.setPromptText(messages.get("create.again"));
        Button change = new Button(messages.get("privacy.changePassphrase"));
        change.setOnAction(e -> {
            if (model.changePassphrase(current.getText(), next.getText(), again.getText())) {
                current.clear();
                next.clear();
                again.clear();
            }
        });
        for (PasswordField field : new PasswordField[] {current, next, again}) field.setPrefColumnCount(18); // the whole prompt shows
        HBox passphrase = new HBox(8, current, next, again, change);
        passphrase.setDisable(!model.encrypted());

        Spinner<Integer> idle = new Spinner<>(0, 240, model.idleMinutes());
        idle.setEditable(true);
        Spinner<Integer> years = new Spinner<>(0, 100, model.retentionYears());
        years.setEditable(true);
        Button apply = new Button(messages.get("settings.apply"));
        apply.setOnAction(e -> {
            if (model.apply(idle.getValue(), years.getValue())) settingsChanged.run();
        });
        GridPane settings = new GridPane();
        settings.setHgap(10);
        settings.setVgap(8);
        settings.addRow(0, new Label(messages.get("privacy.idleMinutes")), idle);
        settings.addRow(1, new Label(messages.get("privacy.retentionYears")), years);
        settings.addRow(2, apply);

        root.getChildren().addAll(state, reminders, new HBox(8, backup, restore), last, status, new Separator(),
                new Label(messages.get("privacy.passphrase")), passphrase, new Separator(), settings);
    }

    private static void show(VBox box, java.util.List<String> lines) {
        box.getChildren().clear();
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("note-refusal");
            box.getChildren().add(l);
        }
    }

    /** Chooses a backup and a new or empty folder; asks for the passphrase when the backup is encrypted. */
    private void restore(AppContext context, PrivacyModel model) {
        Messages messages = context.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("privacy.restoreFrom"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) return;
        DirectoryChooser folders = new DirectoryChooser();
        folders.setTitle(messages.get("privacy.restoreInto"));
        File folder = folders.showDialog(root.getScene().getWindow());
        if (folder == null) return;
        Secret secret = null;
        try {
            if (Restore.encrypted(file.toPath())) {
                Optional<Secret> typed = PassphraseDialog.ask(messages, file.toPath(), null);
                if (typed.isEmpty()) return;
                secret = typed.get();
            }
        } catch (RuntimeException e) {
            Alerts.error(messages, e);
            return;
        }
        Path target = folder.toPath();
        model.restore(file.toPath(), target, secret, done -> {
            javafx.scene.control.Alert info = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    messages.get("privacy.restoredText", done.folder()), org.sandtray.ui.Buttons.ok(messages));
            info.setTitle(messages.get("app.title"));
            info.setHeaderText(messages.get("privacy.restoredHeader"));
            info.showAndWait();
        });
    }

    public VBox view() { return root; }
}
