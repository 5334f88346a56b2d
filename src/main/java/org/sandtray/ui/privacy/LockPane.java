package org.sandtray.ui.privacy;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.sandtray.ui.Messages;

/**
 * What covers the window while it is locked: no name, no picture, only the passphrase field.
 * Shown by the idle lock's state; the rest of the window is hidden beneath it.
 */
public final class LockPane {
    private final VBox root = new VBox(12);

    public LockPane(Messages messages, IdleLock lock) {
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("app-title");
        Label message = new Label();
        message.textProperty().bind(lock.message());
        message.setWrapText(true);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlockPassphrase");
        passphrase.setPromptText(messages.get("unlock.passphrase"));
        passphrase.setMaxWidth(320);
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("unlock");
        unlock.defaultButtonProperty().bind(lock.locked()); // Enter unlocks only while locked; it never reaches a hidden pane
        Runnable tryUnlock = () -> {
            lock.unlock(passphrase.getText());
            passphrase.clear();
        };
        unlock.setOnAction(e -> tryUnlock.run());
        passphrase.setOnAction(e -> tryUnlock.run());
        root.getChildren().addAll(title, message, passphrase, unlock);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("lock-pane");
        root.setStyle("-fx-background-color: -fx-base;");
        root.visibleProperty().bind(lock.locked());
        lock.locked().addListener((o, was, locked) -> {
            if (locked) passphrase.requestFocus();
        });
    }

    public VBox view() { return root; }
}
