package org.sandtray.ui.review;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.sandtray.domain.TrayZone;
import org.sandtray.review.TrayCounts;
import org.sandtray.ui.Messages;

import java.util.List;
import java.util.function.Function;

/**
 * The counts practitioners use, a row per session and the totals, for the pupil's part or (a
 * second table) for the whole tray of the group sessions, each with whether it meets the "empty
 * world" reference. Two tables side by side would not fit a counseling-room screen's width.
 */
public final class CountsTable extends TableView<StudentYearModel.CountsRow> {
    private final Messages messages;

    /** @param own the pupil's part (else the whole tray) */
    public CountsTable(Messages messages, boolean own) {
        this.messages = messages;
        setId(own ? "countsOwn" : "countsWhole");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        TableColumn<StudentYearModel.CountsRow, String> session = column("year.col.session", StudentYearModel.CountsRow::label);
        session.setMinWidth(170);
        getColumns().add(session);
        getColumns().addAll(counts(own ? StudentYearModel.CountsRow::own : StudentYearModel.CountsRow::whole, own));
        setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(StudentYearModel.CountsRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("total-row");
                if (!empty && row != null && row.total()) getStyleClass().add("total-row");
            }
        });
        setPlaceholder(new javafx.scene.control.Label(messages.get("year.noSessions")));
    }

    public void show(List<StudentYearModel.CountsRow> rows) {
        getItems().setAll(rows);
        setPrefHeight(Math.min(420, 64 + 26 * Math.max(2, rows.size())));
    }

    private List<TableColumn<StudentYearModel.CountsRow, String>> counts(Function<StudentYearModel.CountsRow, TrayCounts> which,
                                                                       boolean first) {
        List<TableColumn<StudentYearModel.CountsRow, String>> out = new java.util.ArrayList<>(List.of(
                count("year.col.figures", which, c -> String.valueOf(c.figures())),
                count("year.col.categories", which, c -> String.valueOf(c.categoriesUsed())),
                count("year.col.emptyZones", which, c -> c.emptyZones() + "/" + TrayZone.values().length),
                count("year.col.fences", which, c -> String.valueOf(c.fences())),
                count("year.col.moves", which, c -> String.valueOf(c.moves())),
                count("year.col.passes", which, c -> String.valueOf(c.passes()))));
        if (first) out.add(count("year.col.first", which, c -> c.firstFigure() == null ? "" : c.firstFigure()));
        out.add(count("year.col.emptyWorld", which, c -> c.emptyWorld() == null ? "" : messages.get(c.emptyWorld() ? "year.yes" : "year.no")));
        return out;
    }

    private TableColumn<StudentYearModel.CountsRow, String> count(String key, Function<StudentYearModel.CountsRow, TrayCounts> which,
                                                                Function<TrayCounts, String> value) {
        return column(key, row -> {
            TrayCounts c = which.apply(row);
            return c == null ? "–" : value.apply(c);
        });
    }

    private TableColumn<StudentYearModel.CountsRow, String> column(String key, Function<StudentYearModel.CountsRow, String> value) {
        TableColumn<StudentYearModel.CountsRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        c.setPrefWidth(key.endsWith(".session") ? 230 : 90);
        return c;
    }
}
