package org.sandtray.ui.roster;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.library.Figures;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;
import org.sandtray.ui.tagging.FigureSearch;

import java.io.File;
import java.util.function.Function;

/** The figure catalogue: search in Chinese or English, add a figure, give it a reference photo. */
public final class FiguresView {
    private final AppContext context;
    private final Messages messages;
    private final TableView<Figure> table = new TableView<>();
    private final TextField query = new TextField();
    private final VBox root = new VBox(8);
    private FigureSearch search;

    public FiguresView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        query.setPromptText(messages.get("chooser.prompt"));
        table.getColumns().add(column(messages.get("figures.nameZh"), f -> f.nameZh() == null ? "" : f.nameZh()));
        table.getColumns().add(column(messages.get("figures.nameEn"), f -> f.nameEn() == null ? "" : f.nameEn()));
        table.getColumns().add(column(messages.get("figures.category"),
                f -> messages.chinese() ? f.category().nameZh() : f.category().nameEn()));
        table.getColumns().add(column(messages.get("figures.subtype"), f -> f.subtype() == null ? "" : f.subtype()));
        table.getColumns().add(column(messages.get("figures.photo"), f -> f.photoHash() == null ? "" : "✓"));
        query.textProperty().addListener((o, a, b) -> table.getItems().setAll(search.find(b, null)));
        Button photo = new Button(messages.get("figures.setPhoto"));
        photo.setOnAction(e -> setPhoto());
        root.setPadding(new Insets(12));
        root.getChildren().addAll(query, table, addForm(), photo);
        reload();
    }

    public VBox view() { return root; }

    private void reload() {
        search = new FigureSearch(context.library().figures().list());
        table.getItems().setAll(search.find(query.getText(), null));
    }

    private HBox addForm() {
        TextField zh = new TextField();
        zh.setPromptText(messages.get("figures.nameZh"));
        TextField en = new TextField();
        en.setPromptText(messages.get("figures.nameEn"));
        ComboBox<Category> category = new ComboBox<>();
        category.getItems().setAll(Category.values());
        category.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Category c) {
                return c == null ? "" : messages.chinese() ? c.nameZh() : c.nameEn();
            }

            @Override public Category fromString(String s) { return null; }
        });
        TextField subtype = new TextField();
        subtype.setPromptText(messages.get("figures.subtype"));
        Button add = new Button(messages.get("figures.add"));
        add.setOnAction(e -> {
            try {
                context.library().figures().add(new Figures.Draft(zh.getText(), en.getText(), category.getValue(), subtype.getText()));
                zh.clear();
                en.clear();
                subtype.clear();
                reload();
            } catch (RuntimeException ex) {
                Alerts.error(messages, ex);
            }
        });
        HBox form = new HBox(8, new Label(messages.get("figures.new")), zh, en, category, subtype, add);
        return form;
    }

    /** A reference photo of the selected figure, imported from a file into the library's still store. */
    private void setPhoto() {
        Figure figure = table.getSelectionModel().getSelectedItem();
        if (figure == null) return;
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG", "*.jpg", "*.jpeg"));
        File file = fc.showOpenDialog(root.getScene().getWindow());
        if (file == null) return;
        try {
            context.library().figures().setPhoto(figure.id(), file.toPath());
            reload();
        } catch (Exception ex) {
            Alerts.error(messages, ex);
        }
    }

    private static TableColumn<Figure, String> column(String title, Function<Figure, String> value) {
        TableColumn<Figure, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(150);
        return c;
    }
}
