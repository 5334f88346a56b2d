package org.sandtray.ui.roster;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.sandtray.domain.Figure;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;
import org.sandtray.ui.tagging.FigureSearch;

import java.util.function.Function;

/** The figure catalogue, searchable in Chinese or English. */
public final class FiguresView {
    private final TableView<Figure> table = new TableView<>();
    private final VBox root = new VBox(8);

    public FiguresView(AppContext context) {
        Messages messages = context.messages();
        FigureSearch search = new FigureSearch(context.library().figures().list());
        TextField query = new TextField();
        query.setPromptText(messages.get("chooser.prompt"));
        table.getColumns().add(column(messages.get("figures.nameZh"), f -> f.nameZh() == null ? "" : f.nameZh()));
        table.getColumns().add(column(messages.get("figures.nameEn"), f -> f.nameEn() == null ? "" : f.nameEn()));
        table.getColumns().add(column(messages.get("figures.category"),
                f -> messages.chinese() ? f.category().nameZh() : f.category().nameEn()));
        table.getColumns().add(column(messages.get("figures.subtype"), f -> f.subtype() == null ? "" : f.subtype()));
        query.textProperty().addListener((o, a, b) -> table.getItems().setAll(search.find(b, null)));
        table.getItems().setAll(search.find("", null));
        root.setPadding(new Insets(12));
        root.getChildren().addAll(query, table);
    }

    public VBox view() { return root; }

    private static TableColumn<Figure, String> column(String title, Function<Figure, String> value) {
        TableColumn<Figure, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(150);
        return c;
    }
}
