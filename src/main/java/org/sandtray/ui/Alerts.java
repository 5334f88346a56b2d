package org.sandtray.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.util.Optional;

/** Messages in the window, in the user's language: errors are shown, not only logged. */
public final class Alerts {
    private Alerts() {}

    public static void error(Messages messages, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(error.getMessage()), Buttons.ok(messages));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.showAndWait();
    }

    public static boolean confirm(Messages messages, String header, String text) {
        ButtonType ok = Buttons.ok(messages);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, Buttons.cancel(messages));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }
}
