package org.sandtray.ui.review;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;
import org.sandtray.ui.NoteBar;
import org.sandtray.ui.tagging.StudentColours;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One pupil's year on one screen: the sessions along a time axis (a month label where a month
 * begins), each with its final tray (the pupil's figures in their colour, everybody else's small
 * and grey), title and turns; a click replays the session from the pupil's first turn. Below: their
 * figures per session by category, where their figures stood, and the counts beside the "empty
 * world" reference. Binds to {@link StudentYearModel}.
 */
public final class StudentYearView implements ReviewScreen {
    static final int THUMB_WIDTH = 220;
    static final int THUMB_HEIGHT = 165;

    private final StudentYearModel model;
    private final Messages messages;
    private final ReviewImages images;
    private final ReviewNavigator navigator;
    private final StudentColours colours;
    private final VBox root = new VBox(10);
    private final HBox axis = new HBox(10);
    private final CategoryBars bars;
    private final ZoneHeatmap heatmap;
    private final CountsTable counts;
    private final CountsTable wholeCounts;
    private final List<TrayPicture> thumbnails = new ArrayList<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ScrollPane scroll;
    private int shownGeneration;

    public StudentYearView(StudentYearModel model, Library library, Messages messages, ReviewImages images, ReviewNavigator navigator) {
        this.model = model;
        this.messages = messages;
        this.images = images;
        this.navigator = navigator;
        this.colours = StudentColours.of(library, List.of(model.code()));
        this.bars = new CategoryBars(messages);
        this.heatmap = new ZoneHeatmap(messages);
        heatmap.colour(colours.of(model.code()));
        this.counts = new CountsTable(messages, true);
        this.wholeCounts = new CountsTable(messages, false);
        root.setId("studentYear");
        root.setPadding(new Insets(12, 16, 16, 16));
        Label headline = new Label();
        headline.setId("yearHeadline");
        headline.textProperty().bind(model.headline());
        headline.getStyleClass().add("year-headline");
        Label hint = new Label(messages.get("year.hint"));
        hint.getStyleClass().add("key-legend");
        ScrollPane axisScroll = new ScrollPane(axis);
        axisScroll.setId("yearAxis");
        axisScroll.setFitToHeight(true);
        axisScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        axisScroll.setMinHeight(THUMB_HEIGHT + 150);
        axisScroll.getStyleClass().add("year-axis");
        axis.setPadding(new Insets(6));
        Label reference = new Label();
        reference.setId("yearReference");
        reference.textProperty().bind(model.reference());
        reference.setWrapText(true);
        reference.getStyleClass().add("year-reference");
        root.getChildren().addAll(headline, filter(), new NoteBar(messages, model.notice(), "yearNotice").view(), hint, axisScroll,
                charts(), heading("year.countsHeading"), reference, heading("year.col.own"), counts, heading("year.col.whole"),
                wholeCounts);
        scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        model.loaded().addListener((o, a, on) -> {
            if (on) shown(); else complete.set(false);
        });
        model.chosen().addListener((ListChangeListener<YearCard>) c -> refreshChoices());
        if (model.loaded().get()) shown();
    }

    @Override
    public Node view() { return scroll; }

    public StudentYearModel model() { return model; }

    /** True once the sessions are on screen with every thumbnail decoded (or found undecodable). */
    public ReadOnlyBooleanProperty complete() { return complete.getReadOnlyProperty(); }

    private Node filter() {
        DatePicker from = new DatePicker();
        from.setId("yearFrom");
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = new DatePicker();
        to.setId("yearTo");
        to.valueProperty().bindBidirectional(model.to());
        from.setConverter(isoDates(from));
        to.setConverter(isoDates(to));
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        Button show = button("year.show", "yearShow", model::reload);
        Button school = button("year.thisSchoolYear", "yearSchool", model::thisSchoolYear);
        Button all = button("year.all", "yearAll", model::allSessions);
        Button compare = button("year.compare", "yearCompare", () -> {
            long[] two = model.comparison();
            if (two != null) navigator.compare(two[0], two[1], model.code());
        });
        compare.disableProperty().bind(model.canCompare().not());
        Button back = button("review.back", "yearBack", navigator::back);
        back.setDisable(!navigator.canGoBack());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, new Label(messages.get("year.from")), from, new Label(messages.get("year.to")), to, show, school, all,
                gap, compare, back);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Dates as 2026-09-01 in every language; a date typed wrongly keeps the one shown. */
    private static javafx.util.StringConverter<LocalDate> isoDates(DatePicker picker) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) return null;
                try {
                    return LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }

    private Node charts() {
        VBox left = new VBox(4, heading("year.chartHeading"), bars);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(4, heading("year.heatmapHeading"), heatmap);
        right.setMinWidth(3 * ZoneHeatmap.CELL_WIDTH + 10);
        HBox box = new HBox(20, left, right);
        return box;
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("review-heading");
        return l;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void shown() {
        axis.getChildren().clear();
        thumbnails.clear();
        YearMonth month = null;
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern(messages.get("year.monthPattern"), messages.locale());
        shownGeneration++;
        for (YearCard card : model.cards()) {
            LocalDate day = SessionWords.day(card.session().session());
            if (!YearMonth.from(day).equals(month)) {
                month = YearMonth.from(day);
                Label m = new Label(monthFormat.format(day));
                m.getStyleClass().add("year-month");
                axis.getChildren().add(m);
            }
            axis.getChildren().add(card(card));
        }
        requestThumbnails();
        if (model.cards().isEmpty()) {
            Label none = new Label(messages.get("year.noSessions"));
            none.getStyleClass().add("filmstrip-empty");
            axis.getChildren().add(none);
        }
        bars.show(model.figuresByCategory(), model.categoriesUsed());
        heatmap.show(model.year().get() == null ? java.util.Map.of() : model.year().get().heatmap());
        counts.show(model.countsRows());
        wholeCounts.show(model.countsRows().stream().filter(r -> r.whole() != null).toList());
    }

    private Node card(YearCard card) {
        TrayPicture picture = new TrayPicture(6, false);
        picture.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.setMaxSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.colours(colours);
        picture.follow(model.code());
        picture.emptyText(messages.get("year.noStill"));
        picture.show(card.picture());
        picture.setCursor(Cursor.HAND);
        picture.setOnMouseClicked(e -> navigator.replay(card.session().session().id(), card.replayStep(), model.code()));
        thumbnails.add(picture);
        Label date = new Label(card.line());
        date.getStyleClass().add("year-card-date");
        Label title = new Label(card.title() == null ? messages.get("year.untitled") : "《" + card.title() + "》");
        title.getStyleClass().add("year-card-title");
        title.setWrapText(true);
        Label turns = new Label(card.turns());
        turns.setWrapText(true);
        turns.getStyleClass().add("key-legend");
        Label mine = new Label(messages.get("year.ownFigures", card.picture().countOf(model.code()), card.picture().pins().size()));
        mine.getStyleClass().add("key-legend");
        CheckBox choose = new CheckBox(messages.get("year.choose"));
        choose.setId("choose-" + card.session().session().id());
        choose.setUserData(card);
        choose.setDisable(!card.hasStill());
        choose.setOnAction(e -> {
            model.toggleChosen(card);
            refreshChoices();
        });
        VBox box = new VBox(4, date, picture, title, turns, mine, choose);
        box.setId("card-" + card.session().session().id());
        box.getStyleClass().add("year-card");
        box.setPrefWidth(THUMB_WIDTH + 12);
        box.setMaxWidth(THUMB_WIDTH + 12);
        box.setPadding(new Insets(6));
        return box;
    }

    /** The checkboxes follow the model's choice (a third choice un-ticks the oldest). */
    private void refreshChoices() {
        for (Node n : axis.getChildren()) {
            if (n instanceof VBox box) {
                for (Node c : box.getChildren()) {
                    if (c instanceof CheckBox cb && cb.getUserData() instanceof YearCard card) cb.setSelected(model.chosen().contains(card));
                }
            }
        }
    }

    /** Every final tray's photo at thumbnail width: cached ones at once, the others decoded in batches. */
    private void requestThumbnails() {
        int generation = shownGeneration;
        List<Still> stills = new ArrayList<>();
        java.util.Map<Long, List<TrayPicture>> byStill = new java.util.HashMap<>();
        for (TrayPicture p : thumbnails) {
            Still still = p.picture().still();
            if (still == null) continue;
            stills.add(still);
            byStill.computeIfAbsent(still.id(), k -> new ArrayList<>()).add(p);
        }
        images.requestAll(stills, THUMB_WIDTH, decoded -> {
            if (generation != shownGeneration) return; // thumbnails of a range shown before
            decoded.forEach((id, image) -> byStill.getOrDefault(id, List.of()).forEach(p -> p.image(image)));
        }, () -> {
            if (generation != shownGeneration) return;
            for (TrayPicture p : thumbnails) {
                if (!p.ready()) p.cannotShow(messages.get("year.cannotShow"));
            }
            complete.set(true);
        });
    }

    /** For tests: the thumbnails on the axis, oldest first. */
    public List<TrayPicture> thumbnails() { return List.copyOf(thumbnails); }

    @Override
    public void shown(Scene scene) { }

    @Override
    public void hidden() { }
}
