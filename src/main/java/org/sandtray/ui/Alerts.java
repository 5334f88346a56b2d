package org.sandtray.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.util.Optional;

/** Messages in the window, in the user's language: errors are shown, not only logged. */
public final class Alerts {
    private Alerts() {}

    /** A real failure, said in the window's language (an unexpected fault is named as such and logged). */
    public static void error(Messages messages, Throwable error) {
        error(messages, messages.get("error.header"), messages.problem(error));
    }

    /**
     * Says what went wrong where it belongs: a rule's refusal ("it is S02's turn") calmly in the
     * screen's line of notes, a real failure (a full disk, a damaged library) in the red dialog.
     */
    public static void report(Messages messages, Throwable error, java.util.function.Consumer<Notice> notes) {
        route(messages, error, notes, e -> error(messages, e));
    }

    /** As {@link #report}, with the failures handed to {@code failures} (view-models and their tests). */
    public static void route(Messages messages, Throwable error, java.util.function.Consumer<Notice> notes,
                             java.util.function.Consumer<Throwable> failures) {
        if (Refusals.isRefusal(error)) notes.accept(Notice.note(messages.problem(error)));
        else failures.accept(error);
    }

    public static void error(Messages messages, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, Buttons.ok(messages));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
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
