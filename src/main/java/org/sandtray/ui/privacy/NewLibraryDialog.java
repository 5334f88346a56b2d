package org.sandtray.ui.privacy;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;

import java.util.Optional;

/**
 * A new library: encrypted with a passphrase (the default; typed twice), or plain when the
 * counselor unticks the box. Empty when cancelled.
 */
public final class NewLibraryDialog {
    /** What was chosen: the new keys, or null for a plain library. */
    public record Choice(Secret.NewKeys keys) {}

    private NewLibraryDialog() {}

    public static Optional<Choice> ask(Messages messages, String refusal) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.get("create.header"));
        CheckBox encrypt = new CheckBox(messages.get("create.encrypt"));
        encrypt.setSelected(true);
        PasswordField first = new PasswordField();
        first.setPromptText(messages.get("create.passphrase", Passphrase.MIN_LENGTH));
        PasswordField second = new PasswordField();
        second.setPromptText(messages.get("create.again"));
        first.disableProperty().bind(encrypt.selectedProperty().not());
        second.disableProperty().bind(encrypt.selectedProperty().not());
        Label plain = new Label(messages.get("create.plainWarning"));
        plain.setWrapText(true);
        plain.visibleProperty().bind(encrypt.selectedProperty().not());
        Label why = new Label(refusal == null ? "" : refusal);
        why.setWrapText(true);
        why.getStyleClass().add("note-refusal");
        VBox box = new VBox(8, wrapped(messages.get("create.text")), encrypt, first, second, plain, why);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        ButtonType create = new ButtonType(messages.get("firstRun.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, Buttons.cancel(messages));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != create) return Optional.empty();
        if (!encrypt.isSelected()) return Optional.of(new Choice(null));
        try (Passphrase a = Passphrase.of(first.getText()); Passphrase b = Passphrase.of(second.getText())) {
            if (!a.sameAs(b)) return ask(messages, messages.problem(new org.sandtray.library.LibraryException("passphrase.mismatch")));
            if (a.length() < Passphrase.MIN_LENGTH) {
                return ask(messages, messages.problem(new org.sandtray.library.LibraryException("passphrase.tooShort", Passphrase.MIN_LENGTH)));
            }
            return Optional.of(new Choice(new Secret.NewKeys(new Passphrase(a.chars()), RecoveryKey.generate(), KdfParameters.DEFAULT)));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true); // the whole instruction, not cut off with "..."
        return label;
    }
}
