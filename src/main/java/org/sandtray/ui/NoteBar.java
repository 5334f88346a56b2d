package org.sandtray.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Shows the newest {@link Notice} in a line: what was recorded (with an Undo button), or a calm
 * note when a rule said no. Hidden while there is nothing to say.
 */
public final class NoteBar {
    private final HBox root = new HBox(10);
    private final Label text = new Label();
    private final Button undo;
    private final ObservableValue<Notice> notice;
    private boolean keepPlace;

    /** @param id the bar's node id; its text and button get the same id with "Text" and "Undo" after it */
    public NoteBar(Messages messages, ObservableValue<Notice> notice, String id) {
        text.setId(id + "Text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        undo = new Button(messages.get("notice.undo"));
        undo.setId(id + "Undo");
        undo.setFocusTraversable(false);
        root.setId(id);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        root.setMinHeight(40); // a note and a change with its Undo button are the same height: nothing jumps
        root.getChildren().addAll(text, undo);
        this.notice = notice;
        notice.addListener((o, a, n) -> show(n));
        show(notice.getValue());
    }

    public HBox view() { return root; }

    /** Keeps the bar's place while it is empty, so the screen below does not move when a notice comes. */
    public NoteBar keepPlace() {
        keepPlace = true;
        show(notice.getValue());
        return this;
    }

    private void show(Notice n) {
        root.getStyleClass().removeAll("notice-done", "notice-note");
        root.setVisible(n != null);
        root.setManaged(n != null || keepPlace);
        if (n == null) return;
        root.getStyleClass().add(n.kind() == Notice.Kind.DONE ? "notice-done" : "notice-note");
        text.setText(n.text());
        undo.setVisible(n.undo() != null);
        undo.setManaged(n.undo() != null);
        undo.setOnAction(e -> {
            if (n.undo() != null) n.undo().run();
        });
    }
}
