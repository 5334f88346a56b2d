package org.sandtray.ui.tagging;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.ui.Messages;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the figure for a new marker and who placed it. Opens beside the spot clicked, never over
 * it; type to search in Chinese, English, pinyin or its initials ({@code lh} finds 老虎), figures
 * used recently (in any session) first, each with its reference photo where it has one.
 */
public final class FigureChooser {
    /** How far from the click the chooser's edge stays, in pixels. */
    static final double GAP = 36;

    /** What the counselor chose. */
    public record Choice(Figure figure, String studentCode) {}

    private final Messages messages;
    private final FigureSearch search;
    private final FigurePhotos photos;

    public FigureChooser(Messages messages, FigureSearch search, FigurePhotos photos) {
        this.messages = messages;
        this.search = search;
        this.photos = photos;
    }

    public Optional<Choice> choose(List<String> studentCodes, Function<String, String> names, String preselected) {
        return choose(studentCodes, names, preselected, null);
    }

    /**
     * @param studentCodes the participants; preselected (whose turn it was) is chosen first
     * @param click        where on the screen the counselor clicked, or null to centre the chooser
     */
    public Optional<Choice> choose(List<String> studentCodes, Function<String, String> names, String preselected, Point2D click) {
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
        figures.setPrefHeight(300);
        figures.setPrefWidth(380);
        figures.setCellFactory(v -> new FigureCell());
        ImageView preview = new ImageView();
        preview.setFitWidth(160);
        preview.setFitHeight(120);
        preview.setPreserveRatio(true);
        Label noPhoto = new Label(messages.get("chooser.noPhoto"));
        noPhoto.getStyleClass().add("chooser-no-photo");
        noPhoto.setWrapText(true);
        noPhoto.setMaxWidth(160);
        VBox side = new VBox(6, preview, noPhoto);
        side.setPrefWidth(170);
        figures.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            preview.setImage(f == null ? null : photos.get(f, image -> {
                if (figures.getSelectionModel().getSelectedItem() == f) preview.setImage(image);
            }));
            noPhoto.setVisible(f != null && f.photoHash() == null);
        });
        ComboBox<String> student = new ComboBox<>();
        student.setId("studentChoice");
        student.getItems().setAll(studentCodes);
        student.setCellFactory(v -> studentCell(names));
        student.setButtonCell(studentCell(names));
        student.getSelectionModel().select(preselected);
        Runnable refresh = () -> {
            figures.getItems().setAll(search.find(query.getText(), category.getValue()));
            if (!figures.getItems().isEmpty()) {
                figures.getSelectionModel().select(0);
                figures.scrollTo(0);
            }
        };
        query.textProperty().addListener((o, a, b) -> refresh.run());
        // the pinyin index may arrive while the chooser is open: what was typed is looked up again
        javafx.beans.value.ChangeListener<Boolean> ready = (o, a, on) -> {
            if (on) refresh.run();
        };
        search.pinyinReady().addListener(ready);
        dialog.setOnHidden(e -> search.pinyinReady().removeListener(ready));
        category.valueProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        // Down and Up move through the list without leaving the search field
        query.setOnKeyPressed(e -> {
            int i = figures.getSelectionModel().getSelectedIndex();
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && i < figures.getItems().size() - 1) {
                figures.getSelectionModel().select(i + 1);
                figures.scrollTo(Math.max(0, i - 3));
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.UP && i > 0) {
                figures.getSelectionModel().select(i - 1);
                figures.scrollTo(Math.max(0, i - 5));
                e.consume();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("chooser.search")), query, category);
        grid.add(figures, 0, 1, 3, 1);
        grid.add(side, 3, 1);
        grid.addRow(2, new Label(messages.get("chooser.student")), student);
        Label hint = new Label(messages.get("chooser.hint"));
        hint.getStyleClass().add("chooser-hint");
        grid.add(hint, 0, 3, 4, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sandtray.ui.Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sandtray.ui.Buttons.cancel(messages));
        dialog.setResultConverter(b -> b == ok && figures.getSelectionModel().getSelectedItem() != null
                && student.getValue() != null ? new Choice(figures.getSelectionModel().getSelectedItem(), student.getValue()) : null);
        figures.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ok)).fire();
        });
        if (click != null) {
            // placed once the dialog has its size (after it is shown, laid out), beside the click
            dialog.setOnShown(e -> Platform.runLater(() -> {
                javafx.stage.Window w = dialog.getDialogPane().getScene().getWindow();
                double width = Double.isNaN(w.getWidth()) || w.getWidth() <= 0 ? dialog.getDialogPane().prefWidth(-1) : w.getWidth();
                double height = Double.isNaN(w.getHeight()) || w.getHeight() <= 0 ? dialog.getDialogPane().prefHeight(width) : w.getHeight();
                Rectangle2D screen = Screen.getScreensForRectangle(click.getX(), click.getY(), 1, 1).stream().findFirst()
                        .orElse(Screen.getPrimary()).getVisualBounds();
                Point2D at = besideClick(click, width, height, screen);
                w.setX(at.getX());
                w.setY(at.getY());
            }));
        }
        Platform.runLater(query::requestFocus);
        Optional<Choice> choice = dialog.showAndWait();
        choice.ifPresent(c -> search.used(c.figure()));
        return choice;
    }

    /**
     * Where a chooser of this size goes so that the spot clicked stays visible: to the right of the
     * click, else to its left, else whichever side has more room; vertically centred on the click,
     * kept on the screen.
     */
    static Point2D besideClick(Point2D click, double width, double height, Rectangle2D screen) {
        double x;
        if (click.getX() + GAP + width <= screen.getMaxX()) x = click.getX() + GAP;
        else if (click.getX() - GAP - width >= screen.getMinX()) x = click.getX() - GAP - width;
        else x = click.getX() - screen.getMinX() > screen.getMaxX() - click.getX() ? screen.getMinX() : screen.getMaxX() - width;
        double y = Math.max(screen.getMinY(), Math.min(click.getY() - height / 2, screen.getMaxY() - height));
        return new Point2D(x, y);
    }

    private final class FigureCell extends ListCell<Figure> {
        private final ImageView thumb = new ImageView();

        FigureCell() {
            thumb.setFitWidth(48);
            thumb.setFitHeight(36);
            thumb.setPreserveRatio(true);
            setContentDisplay(ContentDisplay.LEFT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(Figure f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText((search.recent(f) ? "↺ " : "") + f.displayName(messages.chinese()) + "  ·  "
                    + (messages.chinese() ? f.category().nameZh() : f.category().nameEn())
                    + (f.nameZh() != null && f.nameEn() != null ? "  (" + f.displayName(!messages.chinese()) + ")" : ""));
            thumb.setImage(photos.get(f, image -> {
                if (getItem() == f) thumb.setImage(image);
            }));
            setGraphic(f.photoHash() == null ? null : thumb);
        }
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

    private static ListCell<String> studentCell(Function<String, String> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : names.apply(code) + " (" + code + ")");
            }
        };
    }
}
