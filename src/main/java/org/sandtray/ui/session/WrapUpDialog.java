package org.sandtray.ui.session;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Session;
import org.sandtray.library.Sessions;
import org.sandtray.ui.Messages;

import java.util.Optional;

/** The end-of-session form: the title the group gave the tray, their story, observations, themes. */
final class WrapUpDialog {
    private WrapUpDialog() {}

    static Optional<Sessions.WrapUp> ask(Messages messages, Session session) {
        Dialog<Sessions.WrapUp> dialog = new Dialog<>();
        dialog.setTitle(messages.get("wrapup.title"));
        TextField title = new TextField(session.title());
        title.setId("wrapTitle");
        TextArea story = area(session.story());
        story.setId("wrapStory");
        TextArea observations = area(session.observations());
        observations.setPromptText(messages.get("wrapup.observationsHint"));
        TextField themes = new TextField(session.themes());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("wrapup.trayTitle")), title);
        grid.addRow(1, new Label(messages.get("wrapup.story")), story);
        grid.addRow(2, new Label(messages.get("wrapup.observations")), observations);
        grid.addRow(3, new Label(messages.get("wrapup.themes")), themes);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sandtray.ui.Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sandtray.ui.Buttons.cancel(messages));
        dialog.setResultConverter(b -> b == ok
                ? new Sessions.WrapUp(blank(title.getText()), blank(story.getText()), blank(observations.getText()),
                blank(themes.getText())) : null);
        javafx.application.Platform.runLater(title::requestFocus); // type the title at once, no click first
        return dialog.showAndWait();
    }

    private static TextArea area(String text) {
        TextArea a = new TextArea(text);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
