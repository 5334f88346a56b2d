package org.sandtray.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.library.Library;
import org.sandtray.review.Replay;
import org.sandtray.review.ReplayCursor;
import org.sandtray.review.ReplayStep;
import org.sandtray.review.SessionHistory;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A finished session replayed turn by turn, without its screen: the step shown with the tray as it
 * stood then, the words beside it, the turn list, the keys (Left/Right a turn, Home/End, Space
 * plays at the chosen speed) and the session's title, story, observations and themes. Nothing
 * here changes the record: the turn keys of the console say calmly that they are off.
 */
public final class ReplayModel {
    /** Seconds per turn while playing. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);
    static final Set<KeyCode> TURN_KEYS = Set.of(KeyCode.P, KeyCode.S, KeyCode.D, KeyCode.M, KeyCode.X, KeyCode.A, KeyCode.E,
            KeyCode.C, KeyCode.T);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the loading worker hands back: everything a step needs, made off the JavaFX thread. */
    private record Loaded(Replay replay, SessionWords words, List<PinnedStill> pictures, List<String> lines,
                          Map<Long, String> figureOfPlacement) {}

    private final Messages messages;
    private final long sessionId;
    private final String followed;
    private final ObservableList<String> turns = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PinnedStill> picture = new SimpleObjectProperty<>();
    private final StringProperty sessionLine = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty story = new SimpleStringProperty("");
    private final StringProperty observations = new SimpleStringProperty("");
    private final StringProperty themes = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<Double> secondsPerTurn = new SimpleObjectProperty<>(1.0);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty();
    private Loaded data;
    private ReplayCursor cursor;

    /**
     * Starts loading the session on a worker thread.
     *
     * @param startStep the step to open at (0-based; outside the replay: the first)
     * @param followed  the pupil whose turns the list marks (opened from their year), or null
     */
    public ReplayModel(Library library, Messages messages, Background background, long sessionId, int startStep, String followed) {
        this.messages = messages;
        this.sessionId = sessionId;
        this.followed = followed;
        background.run(() -> load(library, messages, sessionId), d -> shown(d, startStep), error -> {
            failure.set(messages.problem(error));
            notice.set(Notice.note(failure.get()));
        });
    }

    private static Loaded load(Library library, Messages messages, long sessionId) {
        Replay replay = Replay.of(SessionHistory.load(library, sessionId));
        SessionWords words = SessionWords.of(library, messages);
        Pins pins = new Pins(library);
        List<PinnedStill> pictures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (ReplayStep step : replay.steps()) {
            pictures.add(pins.on(step.backdrop(), step.tray()));
            lines.add(step.turn() != null ? words.turnLine(step.turn(), step.figure())
                    : messages.get("replay.stillLine", step.index() + 1, step.still().id(),
                    CLOCK.format(step.still().takenAt().atZone(ZoneId.systemDefault()))));
        }
        Map<Long, String> figures = replay.history().placements().stream()
                .collect(Collectors.toMap(Placement::id, Placement::figureName));
        return new Loaded(replay, words, pictures, lines, figures);
    }

    private void shown(Loaded d, int startStep) {
        this.data = d;
        this.cursor = new ReplayCursor(d.replay());
        Session s = d.replay().history().session();
        sessionLine.set(d.words().session(s));
        title.set(nz(s.title()));
        story.set(nz(s.story()));
        observations.set(nz(s.observations()));
        themes.set(nz(s.themes()));
        turns.setAll(d.lines());
        loaded.set(true);
        if (cursor.isEmpty()) {
            headline.set(messages.get("replay.nothing"));
            picture.set(new PinnedStill(null, List.of()));
            return;
        }
        cursor.jump(startStep >= 0 && startStep < d.replay().size() ? startStep : 0);
        update();
    }

    private static String nz(String s) { return s == null ? "" : s; }

    public long sessionId() { return sessionId; }

    /** The pupil followed (their turns marked in the list), or null. */
    public String followed() { return followed; }

    /** Whether the list's line at this step is a turn of the pupil followed. */
    public boolean isFollowedTurn(int step) {
        if (followed == null || data == null || step < 0 || step >= data.replay().size()) return false;
        var turn = data.replay().step(step).turn();
        return turn != null && followed.equals(turn.studentCode());
    }

    public ObservableList<String> turns() { return turns; }

    /** The step shown (0-based), -1 before loading or when the session has nothing to replay. */
    public IntegerProperty index() { return index; }

    /** The still to draw and the figures standing then. */
    public ObjectProperty<PinnedStill> picture() { return picture; }

    public StringProperty sessionLine() { return sessionLine; }

    /** "Turn 7 of 24". */
    public StringProperty position() { return position; }

    /** Round, order, member, action and figure of the step shown. */
    public StringProperty headline() { return headline; }

    /** Which photo shows it, and what was taken out just then. */
    public StringProperty detail() { return detail; }

    public StringProperty title() { return title; }

    public StringProperty story() { return story; }

    public StringProperty observations() { return observations; }

    public StringProperty themes() { return themes; }

    public BooleanProperty loaded() { return loaded; }

    /** Whether the steps are turns (false: a session recorded without turns, replayed photo by photo). */
    public boolean byTurns() { return data == null || data.replay().byTurns(); }

    public BooleanProperty playing() { return playing; }

    public ObjectProperty<Double> secondsPerTurn() { return secondsPerTurn; }

    public ObjectProperty<Notice> notice() { return notice; }

    /** Why the session could not be replayed, or null. */
    public StringProperty failure() { return failure; }

    /** The pupils of the session, for the colour legend. */
    public List<String> participants() {
        return data == null ? List.of() : data.replay().history().session().kind() == org.sandtray.domain.SessionKind.GROUP
                ? data.replay().history().session().turnOrder() : List.of(data.replay().history().session().studentCode());
    }

    public Function<String, String> names() { return data == null ? c -> c : data.words().names(); }

    /** The picture of the step after the one shown (to decode ahead while playing), or null at the end. */
    public PinnedStill upcoming() {
        if (cursor == null || cursor.isEmpty() || cursor.atEnd()) return null;
        return data.pictures().get(cursor.index() + 1);
    }

    /** The step shown, or null. */
    public ReplayStep step() { return cursor == null ? null : cursor.current(); }

    // ---- moving ----------------------------------------------------------------------------------

    public void next() { move(() -> cursor.next()); }

    public void previous() { move(() -> cursor.previous()); }

    public void first() { move(() -> cursor.first()); }

    public void last() { move(() -> cursor.last()); }

    /** A click in the turn list. */
    public void jump(int step) {
        if (cursor == null || cursor.isEmpty() || step < 0 || step >= data.replay().size()) return;
        move(() -> cursor.jump(step));
    }

    private void move(Runnable how) {
        if (cursor == null || cursor.isEmpty()) return;
        how.run();
        update();
    }

    /** Space: plays from here (from the start when at the end), or stops. */
    public void togglePlay() {
        if (cursor == null || cursor.isEmpty()) return;
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (cursor.atEnd()) first();
        playing.set(true);
    }

    /** One beat of the player: the next step; at the last step it stops there. */
    public void tick() {
        if (!playing.get()) return;
        if (cursor.atEnd()) {
            playing.set(false);
            return;
        }
        next();
        if (cursor.atEnd()) playing.set(false);
    }

    /**
     * A key pressed while the replay is shown: Left/Right, Home/End and Space move through it;
     * the console's turn keys do nothing here and say so. Returns whether the key was the replay's.
     */
    public boolean key(KeyCode code) {
        switch (code) {
            case LEFT -> { stop(); previous(); }
            case RIGHT -> { stop(); next(); }
            case HOME -> { stop(); first(); }
            case END -> { stop(); last(); }
            case SPACE -> togglePlay();
            default -> {
                if (!TURN_KEYS.contains(code)) return false;
                notice.set(Notice.note(messages.get("replay.keysOff", code.getName())));
            }
        }
        return true;
    }

    private void stop() { playing.set(false); }

    private void update() {
        ReplayStep step = cursor.current();
        index.set(step.index());
        picture.set(data.pictures().get(step.index()));
        int size = data.replay().size();
        if (step.turn() != null) {
            position.set(messages.get("replay.position", step.index() + 1, size));
            headline.set(data.words().turn(step.turn(), step.figure()));
        } else {
            position.set(messages.get("replay.positionStill", step.index() + 1, size));
            headline.set(messages.get("replay.stillHeadline", step.still().id(),
                    CLOCK.format(step.still().takenAt().atZone(ZoneId.systemDefault()))));
        }
        List<String> lines = new ArrayList<>();
        if (step.turn() == null) {
            // a session recorded without turns is replayed photo by photo: the headline names the photo
        } else if (step.still() != null) {
            lines.add(messages.get("replay.photo", step.still().id(), CLOCK.format(step.still().takenAt().atZone(ZoneId.systemDefault()))));
        } else if (step.backdrop() != null) {
            lines.add(messages.get("replay.earlierPhoto", step.backdrop().id()));
        } else {
            lines.add(messages.get("replay.noPhotoYet"));
        }
        if (!step.removed().isEmpty()) {
            lines.add(messages.get("replay.removed", step.removed().stream().map(id -> data.figureOfPlacement().getOrDefault(id, "?"))
                    .collect(Collectors.joining("、"))));
        }
        lines.add(messages.get("replay.standing", step.tray().size()));
        detail.set(String.join("\n", lines));
    }
}
