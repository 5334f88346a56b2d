package org.sandtray.ui.tagging;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.sandtray.ui.Messages;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Beside the still: every figure on it (choose one to select its marker) and the selected one's
 * details, with its facing, buried and note editable (each an undoable edit, said in the notice).
 */
public final class MarkerPanel {
    private static final Double[] FACINGS = {null, 0.0, 90.0, 180.0, 270.0};

    private final TaggingModel model;
    private final MarkerDetails details;
    private final Messages messages;
    private final Consumer<RuntimeException> onError;
    private final ListView<Marker> list = new ListView<>();
    private final Label figure = new Label();
    private final Label placedBy = new Label();
    private final Label when = new Label();
    private final Label history = new Label();
    private final ComboBox<Double> facing = new ComboBox<>();
    private final CheckBox buried = new CheckBox();
    private final TextField note = new TextField();
    private final VBox form = new VBox(4);
    private final Label none = new Label();
    private final VBox root = new VBox(8);
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane();
    private boolean updating;

    public MarkerPanel(TaggingModel model, MarkerDetails details, Messages messages, Consumer<RuntimeException> onError) {
        this.model = model;
        this.details = details;
        this.messages = messages;
        this.onError = onError;
        list.setId("markerList");
        list.setItems(model.markers());
        list.setPrefHeight(150);
        list.setMinHeight(90);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Marker m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : details.line(m));
            }
        });
        list.setPlaceholder(new Label(messages.get("markers.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (!updating && m != null) model.select(m);
        });
        facing.setId("markerFacing");
        facing.getItems().setAll(Arrays.asList(FACINGS));
        facing.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Double d) { return details.facing(d); }

            @Override public Double fromString(String s) { return null; }
        });
        facing.valueProperty().addListener((o, a, d) -> edit(m -> model.setFacing(m, d)));
        buried.setId("markerBuried");
        buried.selectedProperty().addListener((o, a, b) -> edit(m -> {
            if (m.buried() != b) model.toggleBuried(m);
        }));
        note.setId("markerNote");
        note.setPromptText(messages.get("markers.notePrompt"));
        note.setOnAction(e -> saveNote());
        note.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) saveNote();
        });
        Button save = new Button(messages.get("markers.saveNote"));
        save.setOnAction(e -> saveNote());
        history.setWrapText(true);
        figure.getStyleClass().add("marker-figure");
        // captions above their values: the panel is narrow, and Chinese captions must not be cut
        buried.setText(messages.get("markers.buried"));
        placedBy.setWrapText(true);
        when.setWrapText(true);
        form.getChildren().addAll(figure, caption("markers.placedBy"), placedBy, caption("markers.when"), when,
                caption("markers.history"), history, caption("markers.facing"), facing, buried, caption("markers.note"), note, save);
        none.setText(messages.get("markers.selectOne"));
        none.setWrapText(true);
        Label title = new Label(messages.get("markers.title"));
        title.getStyleClass().add("panel-title");
        root.getChildren().addAll(title, list, none, form);

        root.setPadding(new Insets(8));
        root.setPrefWidth(250);
        root.setMinWidth(220);
        root.getStyleClass().add("marker-panel");
        history.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        scroller.setContent(root);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setPrefViewportHeight(200);
        scroller.setPrefWidth(262);
        scroller.setMinWidth(232);
        model.selected().addListener((o, a, m) -> show());
        model.markers().addListener((javafx.collections.ListChangeListener<Marker>) c -> show());
        show();
    }

    /** The panel, scrolled when the details are taller than the still beside them. */
    public javafx.scene.control.ScrollPane view() { return scroller; }

    private Label caption(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("marker-caption");
        return l;
    }

    private void show() {
        Marker m = model.selected().get();
        updating = true;
        try {
            if (m == null) {
                list.getSelectionModel().clearSelection();
            } else {
                model.markers().stream().filter(x -> x.ref().id() == m.ref().id()).findFirst().ifPresent(x -> {
                    list.getSelectionModel().select(x);
                    list.scrollTo(x);
                });
            }
            form.setVisible(m != null);
            form.setManaged(m != null);
            none.setVisible(m == null);
            none.setManaged(m == null);
            if (m == null) return;
            MarkerDetails.Details d = details.of(m);
            figure.setText(d.figure() + "  ·  " + d.category());
            placedBy.setText(d.placedBy());
            when.setText(d.when());
            history.setText(d.history().isEmpty() ? "—" : String.join("\n", d.history()));
            facing.setValue(d.facingDegrees() == null ? null : (double) (Math.round(d.facingDegrees() / 90.0) % 4 * 90));
            buried.setSelected(d.buried());
            if (!note.isFocused()) note.setText(d.note());
        } catch (RuntimeException e) {
            onError.accept(e);
        } finally {
            updating = false;
        }
    }

    private void saveNote() {
        edit(m -> model.setNote(m, note.getText()));
    }

    private void edit(Consumer<Marker> change) {
        if (updating) return;
        Marker m = model.selected().get();
        if (m == null) return;
        try {
            change.accept(m);
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }
}
