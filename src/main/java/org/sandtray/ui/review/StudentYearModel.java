package org.sandtray.ui.review;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sandtray.domain.Category;
import org.sandtray.domain.SessionKind;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.review.DateRange;
import org.sandtray.review.StudentYear;
import org.sandtray.review.StudentYears;
import org.sandtray.review.TrayCounts;
import org.sandtray.review.YearSession;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One pupil's year without its screen: the sessions they were in within the dates chosen (this
 * school year at first), each with its final tray and their turns; the counts for their part and
 * the whole tray beside the "empty world" reference; the zone heatmap; the two stills chosen for
 * comparison. Loads on a worker thread; a newer range wins over a load still under way.
 */
public final class StudentYearModel {
    /** A row of the counts table: a session (or the totals) with the pupil's part and the whole tray. */
    public record CountsRow(String label, TrayCounts own, TrayCounts whole, boolean total) {}

    private record Loaded(StudentYear year, List<YearCard> cards, SessionWords words) {}

    private final Library library;
    private final Messages messages;
    private final Background background;
    private final Clock clock;
    private final String code;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<YearCard> cards = FXCollections.observableArrayList();
    private final ObservableList<YearCard> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<StudentYear> year = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanBinding canCompare = Bindings.size(chosen).isEqualTo(2);
    private SessionWords words;
    private int generation;

    public StudentYearModel(Library library, Messages messages, Background background, String code, Clock clock) {
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.code = code;
        DateRange school = DateRange.schoolYearOf(LocalDate.now(clock));
        from.set(school.from());
        to.set(school.to());
        reload();
    }

    public String code() { return code; }

    public ObjectProperty<LocalDate> from() { return from; }

    public ObjectProperty<LocalDate> to() { return to; }

    /** The sessions of the range, oldest first. */
    public ObservableList<YearCard> cards() { return cards; }

    /** The year as loaded (counts, heatmap), null until the first load. */
    public ObjectProperty<StudentYear> year() { return year; }

    /** "王小明 (S1) · 6 sessions from 2026-09-01 to 2027-08-31". */
    public StringProperty headline() { return headline; }

    /** The "empty world" reference beside the pupil's and the whole tray's counts. */
    public StringProperty reference() { return reference; }

    /** True once the range shown is loaded (false while a new range loads). */
    public BooleanProperty loaded() { return loaded; }

    public ObjectProperty<Notice> notice() { return notice; }

    /** The sessions whose final stills are chosen for comparison (at most two, the older choice first). */
    public ObservableList<YearCard> chosen() { return chosen; }

    public BooleanBinding canCompare() { return canCompare; }

    public String name() { return words == null ? code : words.name(code); }

    /** Loads the dates chosen; a start after the end is refused with a note and nothing reloads. */
    public void reload() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        if (a != null && b != null && a.isAfter(b)) {
            notice.set(Notice.note(messages.get("year.badRange", a, b)));
            return;
        }
        DateRange range = new DateRange(a, b);
        int mine = ++generation;
        loaded.set(false);
        background.run(() -> load(range), d -> {
            if (mine != generation) return; // a newer range was asked for meanwhile
            shown(d);
        }, error -> {
            if (mine != generation) return;
            notice.set(Notice.note(messages.problem(error)));
        });
    }

    /** Back to the current school year (September 1 to August 31). */
    public void thisSchoolYear() {
        DateRange school = DateRange.schoolYearOf(LocalDate.now(clock));
        from.set(school.from());
        to.set(school.to());
        reload();
    }

    /** Every session on record, whenever it was. */
    public void allSessions() {
        from.set(null);
        to.set(null);
        reload();
    }

    private Loaded load(DateRange range) {
        StudentYear y = new StudentYears(library).of(code, range);
        SessionWords w = SessionWords.of(library, messages);
        Pins pins = new Pins(library);
        List<YearCard> out = new ArrayList<>();
        for (YearSession s : y.sessions()) {
            out.add(new YearCard(s, pins.on(s.finalStill(), s.finalTray()), w.session(s.session()), s.session().title(),
                    turnsWords(s), Math.max(0, s.firstTurnIndex())));
        }
        return new Loaded(y, out, w);
    }

    private String turnsWords(YearSession s) {
        if (s.session().kind() == SessionKind.INDIVIDUAL) return messages.get("year.individual");
        if (s.turns().isEmpty()) return messages.get("year.noTurns");
        Map<TurnAction, Long> byAction = s.turns().stream()
                .collect(Collectors.groupingBy(Turn::action, () -> new EnumMap<>(TurnAction.class), Collectors.counting()));
        String parts = byAction.entrySet().stream()
                .map(e -> messages.get("year.actionCount", messages.get("action." + e.getKey().code()), e.getValue()))
                .collect(Collectors.joining(messages.get("year.listSeparator")));
        return messages.get("year.turns", s.turns().size(), parts);
    }

    private void shown(Loaded d) {
        words = d.words();
        year.set(d.year());
        chosen.clear();
        cards.setAll(d.cards());
        String range = d.year().range().from() == null && d.year().range().to() == null ? messages.get("year.allDates")
                : messages.get("year.range", dateOrOpen(d.year().range().from()), dateOrOpen(d.year().range().to()));
        headline.set(messages.get("year.headline", words.name(code), code, d.cards().size(), range));
        reference.set(referenceWords(d.year()));
        loaded.set(true);
    }

    private String dateOrOpen(LocalDate day) {
        return day == null ? "…" : day.toString();
    }

    private String referenceWords(StudentYear y) {
        long group = y.sessions().stream().filter(s -> s.whole() != null).count();
        long wholeEmpty = y.sessions().stream().filter(s -> s.whole() != null && Boolean.TRUE.equals(s.whole().emptyWorld())).count();
        if (group == 0) {
            return messages.get("year.referenceOwn", TrayCounts.EMPTY_WORLD_FIGURES, TrayCounts.EMPTY_WORLD_CATEGORIES,
                    y.emptyWorldSessions(), y.sessions().size());
        }
        return messages.get("year.reference", TrayCounts.EMPTY_WORLD_FIGURES, TrayCounts.EMPTY_WORLD_CATEGORIES,
                y.emptyWorldSessions(), y.sessions().size(), wholeEmpty, group);
    }

    // ---- charts and counts -------------------------------------------------------------------------

    /**
     * The pupil's figures per session by category, for a stacked bar chart: one column per session
     * (its date; a second session on one day gets its number), categories in the catalogue's order.
     */
    public Map<String, Map<Category, Integer>> figuresByCategory() {
        Map<String, Map<Category, Integer>> out = new LinkedHashMap<>();
        for (YearCard c : cards) {
            String label = SessionWords.day(c.session().session()).toString().substring(5);
            String unique = label;
            for (int n = 2; out.containsKey(unique); n++) unique = label + " (" + n + ")";
            Map<Category, Integer> counts = new EnumMap<>(Category.class);
            counts.putAll(c.session().own().categories());
            out.put(unique, counts);
        }
        return out;
    }

    /** The categories the pupil used in the range, in the catalogue's order (the chart's series). */
    public List<Category> categoriesUsed() {
        return cards.stream().flatMap(c -> c.session().own().categories().keySet().stream()).distinct().sorted().toList();
    }

    /** The counts table: a row per session, then the totals. */
    public List<CountsRow> countsRows() {
        List<CountsRow> rows = new ArrayList<>();
        for (YearCard c : cards) {
            rows.add(new CountsRow(SessionWords.day(c.session().session()) + (c.title() == null ? "" : " 《" + c.title() + "》"),
                    c.session().own(), c.session().whole(), false));
        }
        StudentYear y = year.get();
        if (y != null && !cards.isEmpty()) rows.add(new CountsRow(messages.get("year.total"), y.total(), y.wholeTotal(), true));
        return rows;
    }

    // ---- choosing --------------------------------------------------------------------------------

    /** Chooses (or un-chooses) a session's final still for comparison; a third choice replaces the oldest. */
    public void toggleChosen(YearCard card) {
        if (chosen.remove(card)) return;
        if (!card.hasStill()) {
            notice.set(Notice.note(messages.get("year.noStillToCompare", card.line())));
            return;
        }
        if (chosen.size() == 2) chosen.remove(0);
        chosen.add(card);
    }

    /** The two stills chosen, older session first; null unless exactly two are chosen. */
    public long[] comparison() {
        if (chosen.size() != 2) return null;
        List<YearCard> two = new ArrayList<>(chosen);
        two.sort((a, b) -> a.session().session().startedAt().compareTo(b.session().session().startedAt()));
        return new long[] {two.get(0).session().finalStill().id(), two.get(1).session().finalStill().id()};
    }
}
