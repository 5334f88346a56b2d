package org.sandtray.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyCode;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.review.StillTray;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Two stills side by side without their screen (two dates of one pupil, or two sessions): each with
 * the figures standing on it and the words saying which session and moment it is, and one viewport
 * for both, so zooming or panning one does the same to the other. Keys: + and - zoom, 0 shows all,
 * the arrows pan.
 */
public final class CompareModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private record Loaded(PinnedStill left, PinnedStill right, String leftWords, String rightWords) {}

    private final SharedViewport viewport = new SharedViewport();
    private final ObjectProperty<PinnedStill> left = new SimpleObjectProperty<>();
    private final ObjectProperty<PinnedStill> right = new SimpleObjectProperty<>();
    private final StringProperty leftWords = new SimpleStringProperty("");
    private final StringProperty rightWords = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final String followed;

    /** @param followed the pupil whose figures are in colour (others grey), or null for everyone in colour */
    public CompareModel(Library library, Messages messages, Background background, long leftStill, long rightStill, String followed) {
        this.followed = followed;
        background.run(() -> {
            StillTray.Comparison c = StillTray.compare(library, leftStill, rightStill);
            Pins pins = new Pins(library);
            SessionWords words = SessionWords.of(library, messages);
            return new Loaded(pins.on(c.left().still(), c.left().figures()), pins.on(c.right().still(), c.right().figures()),
                    describe(library, messages, words, c.left().still()), describe(library, messages, words, c.right().still()));
        }, d -> {
            left.set(d.left());
            right.set(d.right());
            leftWords.set(d.leftWords());
            rightWords.set(d.rightWords());
            loaded.set(true);
        }, error -> notice.set(Notice.note(messages.problem(error))));
    }

    private static String describe(Library library, Messages messages, SessionWords words, Still still) {
        Session s = library.sessions().require(still.sessionId());
        String when = CLOCK.format(still.takenAt().atZone(ZoneId.systemDefault()));
        String title = s.title() == null ? "" : " 《" + s.title() + "》";
        return messages.get("compare.side", words.session(s) + title, still.id(), when);
    }

    public SharedViewport viewport() { return viewport; }

    public ObjectProperty<PinnedStill> left() { return left; }

    public ObjectProperty<PinnedStill> right() { return right; }

    public StringProperty leftWords() { return leftWords; }

    public StringProperty rightWords() { return rightWords; }

    public BooleanProperty loaded() { return loaded; }

    public ObjectProperty<Notice> notice() { return notice; }

    public String followed() { return followed; }

    /** A key while the comparison is shown; returns whether it was the comparison's. */
    public boolean key(KeyCode code) {
        switch (code) {
            case PLUS, EQUALS, ADD -> viewport.zoomAt(1.25, 0.5, 0.5);
            case MINUS, SUBTRACT -> viewport.zoomAt(0.8, 0.5, 0.5);
            case DIGIT0, NUMPAD0 -> viewport.reset();
            case LEFT -> viewport.pan(0.1, 0);
            case RIGHT -> viewport.pan(-0.1, 0);
            case UP -> viewport.pan(0, 0.1);
            case DOWN -> viewport.pan(0, -0.1);
            default -> { return false; }
        }
        return true;
    }
}
