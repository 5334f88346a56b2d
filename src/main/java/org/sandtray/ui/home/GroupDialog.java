package org.sandtray.ui.home;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Student;
import org.sandtray.library.Groups;
import org.sandtray.ui.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** A new club group: its name, the day and time it meets, and its members chosen from the roster. */
final class GroupDialog {
    private GroupDialog() {}

    static Optional<Groups.Draft> ask(Messages messages, List<Student> students) {
        Dialog<Groups.Draft> dialog = new Dialog<>();
        dialog.setTitle(messages.get("groups.new"));
        TextField name = new TextField();
        ComboBox<DayOfWeek> weekday = new ComboBox<>();
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(DayOfWeek d) { return d == null ? "" : messages.get("weekday." + d.getValue()); }

            @Override public DayOfWeek fromString(String s) { return null; }
        });
        TextField time = new TextField("12:40");
        ListView<Student> members = new ListView<>();
        members.getItems().setAll(students);
        members.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        members.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Student s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " (" + s.code() + ")");
            }
        });
        members.setPrefHeight(220);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("groups.name")), name);
        grid.addRow(1, new Label(messages.get("groups.weekday")), weekday);
        grid.addRow(2, new Label(messages.get("groups.time")), time);
        grid.addRow(3, new Label(messages.get("groups.members")), members);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sandtray.ui.Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sandtray.ui.Buttons.cancel(messages));
        dialog.setResultConverter(b -> {
            if (b != ok) return null;
            LocalTime start;
            try {
                start = time.getText().isBlank() ? null : LocalTime.parse(time.getText().strip());
            } catch (DateTimeParseException e) {
                start = null;
            }
            return new Groups.Draft(name.getText(), null, weekday.getValue(), start, 60,
                    members.getSelectionModel().getSelectedItems().stream().map(Student::code).toList(), LocalDate.now());
        });
        return dialog.showAndWait();
    }
}
