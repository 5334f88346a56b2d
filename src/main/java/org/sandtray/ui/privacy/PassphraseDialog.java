package org.sandtray.ui.privacy;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks for an encrypted library's passphrase when the window opens it (or the recovery key, with
 * the box ticked); says why the last try was refused. Cancel closes the program.
 */
public final class PassphraseDialog {
    private PassphraseDialog() {}

    /** The secret typed, or empty when the counselor cancelled. */
    public static Optional<Secret> ask(Messages messages, Path folder, String refusal) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("unlock.header", folder));
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        passphrase.setPromptText(messages.get("unlock.passphrase"));
        TextField recovery = new TextField();
        recovery.setId("recoveryKey");
        recovery.setPromptText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX");
        recovery.setVisible(false);
        recovery.managedProperty().bind(recovery.visibleProperty());
        passphrase.visibleProperty().bind(recovery.visibleProperty().not());
        passphrase.managedProperty().bind(passphrase.visibleProperty());
        CheckBox useKey = new CheckBox(messages.get("unlock.useRecoveryKey"));
        recovery.visibleProperty().bind(useKey.selectedProperty());
        Label why = new Label(refusal == null ? "" : refusal);
        why.getStyleClass().add("note-refusal");
        why.setWrapText(true);
        VBox box = new VBox(8, wrapped(messages.get("unlock.text")), passphrase, recovery, useKey, why);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(messages.get("unlock.open"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, Buttons.cancel(messages));
        dialog.setOnShown(e -> passphrase.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != open) return Optional.empty();
        if (useKey.isSelected()) {
            Optional<RecoveryKey> key = RecoveryKey.parse(recovery.getText());
            if (key.isEmpty()) return ask(messages, folder, messages.problem(new LibraryException("library.recoveryKeyMalformed")));
            return Optional.of(Secret.recoveryKey(key.get()));
        }
        return Optional.of(Secret.passphrase(Passphrase.of(passphrase.getText())));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true); // the whole instruction, not cut off with "..."
        return label;
    }
}
