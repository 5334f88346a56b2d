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
}
