package org.sandtray.ui.session;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sandtray.capture.LibraryStillSink;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.Student;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.Sessions;
import org.sandtray.library.Turns;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The session console without its screen: whose turn it is, the keys that record a turn,
 * capturing stills, the filmstrip's stills, the photo-consent flag and the end of the session.
 */
public final class SessionConsoleModel {
    private final Library library;
    private final Messages messages;
    private final StillCamera camera;
    private final Background background;
    private final long sessionId;
    private final Map<String, Student> students;
    private final StringProperty headline = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty settleMode = new SimpleBooleanProperty();
    private final BooleanProperty ended = new SimpleBooleanProperty();
    private final ObservableList<Still> stills = FXCollections.observableArrayList();
    private final ObservableList<String> turnOrder = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty currentPosition = new javafx.beans.property.SimpleIntegerProperty(-1);
    private boolean consentAcknowledged;
    private Session session;

    public SessionConsoleModel(Library library, Messages messages, long sessionId, StillCamera camera, Background background) {
        this.library = library;
        this.messages = messages;
        this.sessionId = sessionId;
        this.camera = camera;
        this.background = background;
        this.students = library.students().list().stream().collect(Collectors.toMap(Student::code, Function.identity()));
        refresh();
    }

    public long sessionId() { return sessionId; }

    public Session session() { return session; }

    public StringProperty headline() { return headline; }

    public StringProperty status() { return status; }

    public BooleanProperty settleMode() { return settleMode; }

    public BooleanProperty ended() { return ended; }

    public ObservableList<Still> stills() { return stills; }

    public ObservableList<String> turnOrder() { return turnOrder; }

    /** Index in the turn order of whose turn it is, -1 when nobody's. */
    public javafx.beans.property.IntegerProperty currentPosition() { return currentPosition; }

    public boolean isGroup() { return session.groupName() != null; }

    /** Name shown for a student code (the name stays inside the room). */
    public String nameOf(String code) {
        Student s = students.get(code);
        return s == null ? code : s.name();
    }

    /** Whose turn it is, or empty for an individual session or a finished tray. */
    public Optional<Turns.Next> next() {
        return isGroup() ? library.turns().next(sessionId) : Optional.empty();
    }

    /** Records the current member's turn and moves to the next member. */
    public void record(TurnAction action) {
        Optional<Turns.Next> next = next();
        if (next.isEmpty()) {
            status.set(messages.get(isGroup() ? "console.trayFinished" : "console.noTurns"));
            return;
        }
        library.turns().add(sessionId, next.get().studentCode(), action, null, null, Instant.now());
        status.set(messages.get("console.recorded", nameOf(next.get().studentCode()), messages.get("action." + action.code())));
        refresh();
    }

    /** Takes back the last turn recorded. */
    public void undoTurn() {
        library.turns().undoLast(sessionId).ifPresent(t ->
                status.set(messages.get("console.turnUndone", nameOf(t.studentCode()), messages.get("action." + t.action().code()))));
        refresh();
    }

    /** Students taking part who may not be photographed: named before the first capture. */
    public List<String> withoutPhotoConsent() {
        return library.sessions().participants(sessionId).stream()
                .filter(code -> students.get(code) == null || !students.get(code).photosPermitted())
                .map(this::nameOf).toList();
    }

    /** True when a capture may go ahead without asking: everyone consented, or the counselor was told. */
    public boolean consentClear() {
        return consentAcknowledged || stills.size() > 0 || withoutPhotoConsent().isEmpty();
    }

    public void acknowledgeConsent() { consentAcknowledged = true; }

    /** Captures a still off the UI thread; the filmstrip shows it when it is stored. */
    public void capture(Runnable onStored) {
        Integer round = next().map(Turns.Next::round).orElse(null);
        status.set(messages.get("console.capturing"));
        camera.capture(new LibraryStillSink(library, sessionId, round, null)).whenComplete((id, error) -> background.ui(() -> {
            if (error != null) {
                status.set(messages.get("console.captureFailed", messages.problem(error)));
            } else {
                status.set(messages.get("console.captured", id));
                refresh();
                onStored.run();
            }
        }));
    }

    public void end(Sessions.WrapUp wrapUp) {
        library.sessions().end(sessionId, wrapUp, Instant.now());
        status.set(messages.get("console.ended"));
        refresh();
    }

    public void refresh() {
        session = library.sessions().require(sessionId);
        ended.set(!session.open());
        stills.setAll(library.stills().list(sessionId));
        turnOrder.setAll(session.turnOrder().stream().map(c -> nameOf(c) + " (" + c + ")").toList());
        if (!isGroup()) {
            headline.set(messages.get("console.individual", nameOf(session.studentCode())));
        } else {
            Optional<Turns.Next> next = next();
            headline.set(next.map(n -> messages.get("console.turn", n.round(), nameOf(n.studentCode())))
                    .orElse(messages.get("console.trayFinished")));
            currentPosition.set(next.map(n -> n.orderInRound() - 1).orElse(-1));
        }
    }
}
