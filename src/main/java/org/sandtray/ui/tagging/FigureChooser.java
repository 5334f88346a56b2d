package org.sandtray.ui.tagging;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.ui.Messages;

import java.util.List;
import java.util.Optional;

/** Chooses the figure for a new marker (type to search in Chinese or English, recently used first) and who placed it. */
public final class FigureChooser {

    /** What the counselor chose. */
    public record Choice(Figure figure, String studentCode) {}

    private final Messages messages;
    private final FigureSearch search;

    public FigureChooser(Messages messages, FigureSearch search) {
        this.messages = messages;
        this.search = search;
    }

    /** @param students codes and names of the participants; the first is preselected (whose turn it is) */
    public Optional<Choice> choose(List<String> studentCodes, java.util.function.Function<String, String> names, String preselected) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(messages.get("chooser.title"));
        TextField query = new TextField();
        query.setId("figureQuery");
        query.setPromptText(messages.get("chooser.prompt"));
        ComboBox<Category> category = new ComboBox<>();
        category.getItems().add(null);
        category.getItems().addAll(Category.values());
        category.setButtonCell(categoryCell());
        category.setCellFactory(v -> categoryCell());
        ListView<Figure> figures = new ListView<>();
        figures.setId("figureList");
        figures.setPrefHeight(260);
        figures.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Figure f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.displayName(messages.chinese()) + "  ·  "
                        + (messages.chinese() ? f.category().nameZh() : f.category().nameEn())
                        + (f.nameZh() != null && f.nameEn() != null ? "  (" + f.displayName(!messages.chinese()) + ")" : ""));
            }
        });
        ComboBox<String> student = new ComboBox<>();
        student.setId("studentChoice");
        student.getItems().setAll(studentCodes);
        student.setCellFactory(v -> studentCell(names));
        student.setButtonCell(studentCell(names));
        student.getSelectionModel().select(preselected);
        Runnable refresh = () -> {
            figures.getItems().setAll(search.find(query.getText(), category.getValue()));
            if (!figures.getItems().isEmpty()) figures.getSelectionModel().select(0);
        };
        query.textProperty().addListener((o, a, b) -> refresh.run());
        category.valueProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("chooser.search")), query, category);
        grid.add(figures, 0, 1, 3, 1);
        grid.addRow(2, new Label(messages.get("chooser.student")), student);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sandtray.ui.Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sandtray.ui.Buttons.cancel(messages));
        dialog.setResultConverter(b -> b == ok && figures.getSelectionModel().getSelectedItem() != null
                && student.getValue() != null ? new Choice(figures.getSelectionModel().getSelectedItem(), student.getValue()) : null);
        figures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
        });
        Platform.runLater(query::requestFocus);
        Optional<Choice> choice = dialog.showAndWait();
        choice.ifPresent(c -> search.used(c.figure()));
        return choice;
    }

    private ListCell<Category> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? messages.get("chooser.allCategories")
                        : messages.chinese() ? c.nameZh() : c.nameEn());
            }
        };
    }

    private static ListCell<String> studentCell(java.util.function.Function<String, String> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : names.apply(code) + " (" + code + ")");
            }
        };
    }
}
