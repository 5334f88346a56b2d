package org.sandtray.ui.home;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Group;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Starting a group session: which group, and who is absent today (left out of the turn order). */
final class StartGroupDialog {
    /** The group chosen and the codes of its members absent today. */
    record Answer(String group, List<String> absent) {}

    private StartGroupDialog() {}

    static Optional<Answer> ask(Messages messages, List<Group> groups, Group preselected, Function<Group, List<String>> membersToday,
                                Function<String, String> names) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(messages.get("home.startGroup"));
        dialog.setHeaderText(messages.get("home.drawnByLot"));
        ComboBox<Group> group = new ComboBox<>();
        group.setId("startGroupChoice");
        group.getItems().setAll(groups);
        group.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Group g) { return g == null ? "" : g.name(); }

            @Override public Group fromString(String s) { return null; }
        });
        ListView<String> members = new ListView<>();
        members.setId("absentList");
        members.setPrefHeight(220);
        Map<String, BooleanProperty> absent = new HashMap<>();
        members.setCellFactory(CheckBoxListCell.forListView(code -> absent.computeIfAbsent(code, c -> new SimpleBooleanProperty()),
                new javafx.util.StringConverter<>() {
                    @Override public String toString(String code) { return names.apply(code) + " (" + code + ")"; }

                    @Override public String fromString(String s) { return null; }
                }));
        group.valueProperty().addListener((o, a, g) -> {
            absent.clear();
            members.getItems().setAll(g == null ? List.of() : membersToday.apply(g));
        });
        group.setValue(preselected);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("home.group")), group);
        grid.addRow(1, new Label(messages.get("home.absentToday")), members);
        Label how = new Label(messages.get("home.absentHow"));
        how.setWrapText(true);
        how.setMaxWidth(360);
        grid.add(how, 1, 2);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        Buttons.escapeCancels(dialog.getDialogPane()); // the ticked list keeps Esc for itself
        dialog.setResultConverter(b -> b != ok || group.getValue() == null ? null : new Answer(group.getValue().name(),
                members.getItems().stream().filter(c -> absent.containsKey(c) && absent.get(c).get()).toList()));
        return dialog.showAndWait();
    }
}
