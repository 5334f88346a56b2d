package org.sandtray.ui.home;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.DatePicker;
import org.sandtray.domain.Group;
import org.sandtray.domain.Student;
import org.sandtray.ui.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A club group, new or edited: its name, the day and time it meets, and its members chosen from
 * the roster (names with codes), joining or leaving on the date given.
 */
final class GroupDialog {
    private GroupDialog() {}

    /** @param group the group to edit, or null for a new one */
    static Optional<GroupEditing.Wanted> ask(Messages messages, List<Student> students, Group group) {
        Dialog<GroupEditing.Wanted> dialog = new Dialog<>();
        dialog.setTitle(messages.get(group == null ? "groups.new" : "groups.editTitle"));
        if (group != null) dialog.setHeaderText(messages.get("groups.editHeader", group.name()));
        TextField name = new TextField(group == null ? "" : group.name());
        name.setId("groupName");
        ComboBox<DayOfWeek> weekday = new ComboBox<>();
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(DayOfWeek d) { return d == null ? "" : messages.get("weekday." + d.getValue()); }

            @Override public DayOfWeek fromString(String s) { return null; }
        });
        if (group != null) weekday.setValue(group.weekday());
        TextField time = new TextField(group == null ? "12:40" : group.startTime() == null ? "" : group.startTime().toString());
        DatePicker on = org.sandtray.ui.DateFields.picker(LocalDate.now());
        // a tick per pupil (a plain click never drops the others, as a multiple selection would)
        ListView<Student> members = new ListView<>();
        members.setId("groupMembers");
        members.getItems().setAll(students);
        java.util.Map<String, javafx.beans.property.BooleanProperty> ticked = new java.util.LinkedHashMap<>();
        java.util.Set<String> now = group == null ? java.util.Set.of() : new java.util.HashSet<>(group.members().stream()
                .filter(m -> m.activeOn(LocalDate.now())).map(org.sandtray.domain.GroupMember::studentCode).toList());
        for (Student s : students) ticked.put(s.code(), new javafx.beans.property.SimpleBooleanProperty(now.contains(s.code())));
        members.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(s -> ticked.get(s.code()),
                new javafx.util.StringConverter<>() {
                    @Override public String toString(Student s) { return s == null ? "" : s.name() + " (" + s.code() + ")"; }

                    @Override public Student fromString(String text) { return null; }
                }));
        members.setPrefHeight(220);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("groups.name")), name);
        grid.addRow(1, new Label(messages.get("groups.weekday")), weekday);
        grid.addRow(2, new Label(messages.get("groups.time")), time);
        grid.addRow(3, new Label(messages.get("groups.members")), members);
        grid.addRow(4, new Label(messages.get(group == null ? "groups.joinedOn" : "groups.changeOn")), on);
        Label how = new Label(messages.get("groups.membersHow"));
        how.setWrapText(true);
        how.setMaxWidth(360);
        grid.add(how, 1, 5);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sandtray.ui.Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sandtray.ui.Buttons.cancel(messages));
        org.sandtray.ui.Buttons.escapeCancels(dialog.getDialogPane()); // the ticked list keeps Esc for itself
        dialog.setResultConverter(b -> {
            if (b != ok) return null;
            LocalTime start;
            try {
                start = time.getText().isBlank() ? null : LocalTime.parse(time.getText().strip());
            } catch (DateTimeParseException e) {
                start = null;
            }
            return new GroupEditing.Wanted(name.getText(), weekday.getValue(), start,
                    new java.util.LinkedHashSet<>(students.stream().map(Student::code).filter(c -> ticked.get(c).get()).toList()),
                    on.getValue() == null ? LocalDate.now() : on.getValue());
        });
        return dialog.showAndWait();
    }
}
