package org.sandtray.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Dialog buttons in the window's language (JavaFX's own OK and Cancel follow the system's language instead). */
public final class Buttons {
    private Buttons() {}

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * Esc cancels the dialog even where a control inside it keeps Esc for itself (a ticked list
     * does): the key is caught before the control sees it and fires the Cancel button.
     */
    public static void escapeCancels(javafx.scene.control.DialogPane pane) {
        pane.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ESCAPE) return;
            pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                    .map(b -> (javafx.scene.control.Button) pane.lookupButton(b)).ifPresent(javafx.scene.control.Button::fire);
            e.consume();
        });
    }
}
