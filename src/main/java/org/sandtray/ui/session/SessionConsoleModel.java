package org.sandtray.ui.session;

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
import org.sandtray.capture.LibraryStillSink;
import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.Student;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.Turns;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;
import org.sandtray.ui.Refusals;
import org.sandtray.ui.tagging.Edit;
import org.sandtray.ui.tagging.Marker;
import org.sandtray.ui.tagging.TaggingModel;
import org.sandtray.ui.tagging.UndoStack;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The session console without its screen: whose turn it is, what each key does in the view that
 * is shown (and a calm note where it does nothing), stills, the photo-consent question, tagging,
 * tray corners and the end of the session. Every change to the record is said in a {@link Notice}
 * with the way to take it back. The view only binds to it; tests drive it with plain JUnit.
 */
public final class SessionConsoleModel {
    /** The two views of the console; keys act only in the view that shows them. */
    public enum Screen { LIVE, TAGGING }

    static final Map<KeyCode, TurnAction> TURN_KEYS = Map.of(KeyCode.P, TurnAction.PLACE, KeyCode.S, TurnAction.SET,
            KeyCode.D, TurnAction.SAND, KeyCode.M, TurnAction.MOVE, KeyCode.X, TurnAction.PASS, KeyCode.A, TurnAction.ADJUST);
    static final Map<KeyCode, AnnotationShape> ANNOTATION_KEYS = Map.of(KeyCode.N, AnnotationShape.TEXT,
            KeyCode.R, AnnotationShape.BOX, KeyCode.O, AnnotationShape.ELLIPSE, KeyCode.W, AnnotationShape.ARROW);

    private final Library library;
    private final Messages messages;
    private final StillCamera camera;
    private final Background background;
    private final ConsoleDialogs dialogs;
    private final long sessionId;
    private final Map<String, Student> students;
    private final TaggingModel tagging;
    private final StringProperty headline = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private String cameraLine = "";
    private final StringProperty legend = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty settleMode = new SimpleBooleanProperty();
    private final BooleanProperty ended = new SimpleBooleanProperty();
    private final BooleanProperty markingCorners = new SimpleBooleanProperty();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LIVE);
    private final ObjectProperty<Still> chosenStill = new SimpleObjectProperty<>();
    private final ObjectProperty<Still> taggedStill = new SimpleObjectProperty<>();
    private final ObservableList<Still> stills = FXCollections.observableArrayList();
    private final ObservableList<String> turnOrder = FXCollections.observableArrayList();
    private final IntegerProperty currentPosition = new SimpleIntegerProperty(-1);
    private final BooleanProperty filmstripFocused = new SimpleBooleanProperty();
    private final StillCulling culling;
    private final List<java.util.function.LongConsumer> deletedListeners = new java.util.ArrayList<>();
    private Runnable cullUndo;
    private boolean consentAcknowledged;
    private Session session;

    public SessionConsoleModel(Library library, Messages messages, long sessionId, StillCamera camera, Background background,
                               ConsoleDialogs dialogs) {
        this.library = library;
        this.messages = messages;
        this.sessionId = sessionId;
        this.camera = camera;
        this.background = background;
        this.dialogs = dialogs;
        this.students = library.students().list().stream().collect(Collectors.toMap(Student::code, Function.identity()));
        this.tagging = new TaggingModel(library, messages, new UndoStack());
        tagging.undoStack().onChange(this::tagChanged);
        screen.addListener((o, a, b) -> updateLegend());
        filmstripFocused.addListener((o, a, b) -> updateLegend());
        this.culling = new StillCulling(library, messages, dialogs::confirmDeleteStill, n -> {
            cullUndo = n.undo();
            notice.set(n);
        }, this::refresh, this::stillDeleted);
        settleMode.addListener((o, was, on) -> {
            if (on && ended.get()) settleMode.set(false); // a finished session takes no stills
        });
        refresh();
        if (ended.get()) note(messages.get("note.ended"));
    }

    public long sessionId() { return sessionId; }

    public Session session() { return session; }

    public TaggingModel tagging() { return tagging; }

    public StringProperty headline() { return headline; }

    /** The camera's line and what the console is doing (taking a still, drawing a box). */
    public StringProperty status() { return status; }

    /** What the camera says (its name and size, or why it is away): the status line between other news. */
    public void cameraStatus(String line) {
        cameraLine = line;
        status.set(line);
    }

    /** The keys of the view shown, as the side panel lists them. */
    public StringProperty legend() { return legend; }

    /** The newest change to the record (with undo) or calm note about a key that did nothing. */
    public ObjectProperty<Notice> notice() { return notice; }

    public BooleanProperty settleMode() { return settleMode; }

    public BooleanProperty ended() { return ended; }

    /** True while the counselor clicks the tray's four corners on the live image. */
    public BooleanProperty markingCorners() { return markingCorners; }

    public ObjectProperty<Screen> screen() { return screen; }

    /** The still selected in the filmstrip (Enter tags it), set by the view. */
    public ObjectProperty<Still> chosenStill() { return chosenStill; }

    /** The still shown for tagging. */
    public ObjectProperty<Still> taggedStill() { return taggedStill; }

    public ObservableList<Still> stills() { return stills; }

    public ObservableList<String> turnOrder() { return turnOrder; }

    /** True while the filmstrip has the keyboard focus: its culling keys act on the still chosen there (set by the view). */
    public BooleanProperty filmstripFocused() { return filmstripFocused; }

    /** Culling the stills: star, reject, the final tray, delete. */
    public StillCulling culling() { return culling; }

    /** Told the id of every still deleted for good, to drop it from views and caches. */
    public void onStillDeleted(java.util.function.LongConsumer listener) { deletedListeners.add(listener); }

    private void stillDeleted(long id) {
        if (taggedStill.get() != null && taggedStill.get().id() == id) {
            taggedStill.set(null);
            tagging.clear();
            if (screen.get() == Screen.TAGGING) screen.set(Screen.LIVE);
        }
        if (chosenStill.get() != null && chosenStill.get().id() == id) chosenStill.set(null);
        deletedListeners.forEach(l -> l.accept(id));
    }

    /**
     * The filmstrip's keys, while it has the focus: P star, X reject, U neither, F final tray,
     * Delete (asks first); Ctrl+Z takes back the last of these; Esc leaves the filmstrip. Other
     * turn keys say calmly where they work instead of acting.
     */
    private boolean filmstripKey(KeyCode code, boolean shortcut) {
        if (shortcut && code == KeyCode.Z) {
            Runnable undo = cullUndo;
            cullUndo = null;
            if (undo != null) undo.run(); else note(messages.get("note.nothingToUndo"));
            return true;
        }
        if (shortcut) return false;
        if (code == KeyCode.ESCAPE) {
            filmstripFocused.set(false);
            return true;
        }
        if (code == KeyCode.ENTER) {
            filmstripFocused.set(false); // the still opens for tagging: its keys are the tagging view's now
            return false;
        }
        if (code.isArrowKey() || code == KeyCode.HOME || code == KeyCode.END) return false;
        if (!StillCulling.isKey(code)) {
            if (TURN_KEYS.containsKey(code) || code == KeyCode.SPACE || code == KeyCode.T || code == KeyCode.C || code == KeyCode.E
                    || ANNOTATION_KEYS.containsKey(code) || code == KeyCode.B) {
                note(messages.get("note.filmstripFocus", keyName(code)));
                return true;
            }
            return false;
        }
        Still still = chosenStill.get();
        if (still == null) {
            note(messages.get("note.chooseStill", keyName(code)));
            return true;
        }
        try {
            culling.act(code, still);
        } catch (RuntimeException e) {
            report(e);
        }
        return true;
    }

    /** Index in the turn order of whose turn it is, -1 when nobody's. */
    public IntegerProperty currentPosition() { return currentPosition; }

    public boolean isGroup() { return session.groupName() != null; }

    /** Name shown for a student code (the name stays inside the room). */
    public String nameOf(String code) {
        Student s = students.get(code);
        return s == null ? code : s.name();
    }

    public List<String> participants() { return library.sessions().participants(sessionId); }

    /** Whose turn it is, or empty for an individual session or a finished tray. */
    public Optional<Turns.Next> next() {
        return isGroup() ? library.turns().next(sessionId) : Optional.empty();
    }

    // ---- keys ----------------------------------------------------------------------------------

    /**
     * A key pressed while the console is shown. Acts only where the key is shown (the live view's
     * turn keys, the tagging view's marker keys) and never in a finished session's record; elsewhere
     * it says calmly why nothing happened. Returns whether the key was the console's.
     */
    public boolean key(KeyCode code, boolean shortcut, boolean alt) {
        if (filmstripFocused.get() && !alt && filmstripKey(code, shortcut)) return true;
        try {
            if (shortcut && code == KeyCode.Z) {
                if (screen.get() == Screen.TAGGING) undoTag(); else undoTurn();
                return true;
            }
            if (shortcut && code == KeyCode.Y) {
                if (screen.get() == Screen.TAGGING) redoTag(); else note(messages.get("note.redoTaggingOnly"));
                return true;
            }
            if (shortcut || alt) return false;
            if (TURN_KEYS.containsKey(code)) {
                if (liveOnly(code)) record(TURN_KEYS.get(code));
            } else if (code == KeyCode.SPACE) {
                if (liveOnly(code)) capture();
            } else if (code == KeyCode.T) {
                if (ended.get()) note(messages.get("note.ended"));
                else settleMode.set(!settleMode.get());
            } else if (code == KeyCode.C) {
                if (liveOnly(code)) startCorners();
            } else if (code == KeyCode.E) {
                end();
            } else if (code == KeyCode.ENTER) {
                tag(chosenStill.get());
            } else if (code == KeyCode.ESCAPE) {
                escape();
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                Marker m = selectedMarker(code);
                if (m != null) tagging.remove(m);
            } else if (code == KeyCode.F) {
                Marker m = selectedMarker(code);
                if (m != null) tagging.turn(m);
            } else if (code == KeyCode.B) {
                Marker m = selectedMarker(code);
                if (m != null) tagging.toggleBuried(m);
            } else if (ANNOTATION_KEYS.containsKey(code)) {
                if (taggingOnly(code)) annotationTool(ANNOTATION_KEYS.get(code));
            } else {
                return false;
            }
        } catch (RuntimeException e) {
            report(e);
        }
        return true;
    }

    /** True when the live view is shown and the session open; else a note says where the key works. */
    private boolean liveOnly(KeyCode code) {
        if (ended.get()) {
            note(messages.get("note.ended"));
            return false;
        }
        if (screen.get() != Screen.LIVE) {
            note(messages.get("note.liveOnly", keyName(code)));
            return false;
        }
        return true;
    }

    private boolean taggingOnly(KeyCode code) {
        if (screen.get() != Screen.TAGGING) {
            note(messages.get("note.taggingOnly", keyName(code)));
            return false;
        }
        return true;
    }

    /** The marker a marker key acts on, or null (with a note) when the tagging view shows none selected. */
    private Marker selectedMarker(KeyCode code) {
        if (!taggingOnly(code)) return null;
        Marker m = tagging.selected().get();
        if (m == null) note(messages.get("note.selectMarker", keyName(code)));
        return m;
    }

    private static String keyName(KeyCode code) {
        return switch (code) {
            case SPACE -> "Space";
            case DELETE, BACK_SPACE -> "Delete";
            default -> code.getName();
        };
    }

    private void escape() {
        if (markingCorners.get()) {
            markingCorners.set(false);
            status.set(cameraLine);
        } else if (screen.get() == Screen.TAGGING && tagging.tool().get() != null) {
            tagging.tool().set(null);
            status.set(messages.get("console.markerMode"));
        } else {
            screen.set(Screen.LIVE);
            status.set(cameraLine);
        }
    }

    private void annotationTool(AnnotationShape shape) {
        tagging.tool().set(tagging.tool().get() == shape ? null : shape);
        status.set(tagging.tool().get() == null ? messages.get("console.markerMode")
                : messages.get("console.annotationMode", messages.get("shape." + shape.code())));
    }

    // ---- turns ---------------------------------------------------------------------------------

    /** Records the current member's turn and moves to the next member. */
    public void record(TurnAction action) {
        if (ended.get()) {
            note(messages.get("note.ended"));
            return;
        }
        Optional<Turns.Next> next = next();
        if (next.isEmpty()) {
            note(messages.get(isGroup() ? "console.trayFinished" : "console.noTurns"));
            return;
        }
        try {
            library.turns().add(sessionId, next.get().studentCode(), action, null, null, Instant.now());
            notice.set(Notice.done(messages.get("notice.turnRecorded", nameOf(next.get().studentCode()),
                    messages.get("action." + action.code())), this::undoTurn));
        } catch (RuntimeException e) {
            report(e);
        }
        refresh();
    }

    /** Takes back the last turn recorded, while the session is open. */
    public void undoTurn() {
        if (ended.get()) {
            note(messages.get("note.endedNoUndo"));
            return;
        }
        try {
            Optional<Turn> undone = library.turns().undoLast(sessionId);
            if (undone.isEmpty()) {
                note(messages.get("note.nothingToUndo"));
            } else {
                Turn t = undone.get();
                notice.set(Notice.done(messages.get("notice.turnUndone", nameOf(t.studentCode()),
                        messages.get("action." + t.action().code())), null));
            }
        } catch (RuntimeException e) {
            report(e);
        }
        refresh();
    }

    // ---- stills --------------------------------------------------------------------------------

    /** Students taking part who may not be photographed: named before the first capture. */
    public List<String> withoutPhotoConsent() {
        return participants().stream()
                .filter(code -> students.get(code) == null || !students.get(code).photosPermitted())
                .map(this::nameOf).toList();
    }

    /** True when a capture may go ahead without asking: everyone consented, or the counselor was told. */
    public boolean consentClear() {
        return consentAcknowledged || !stills.isEmpty() || withoutPhotoConsent().isEmpty();
    }

    public void acknowledgeConsent() { consentAcknowledged = true; }

    /**
     * The round a still taken now belongs to: the round of the turn just recorded (a still after the
     * last turn of round 1 shows round 1's tray), none before the first turn or in an individual session.
     */
    public Integer roundForStill() {
        if (!isGroup()) return null;
        List<Turn> turns = library.turns().list(sessionId);
        return turns.isEmpty() ? null : turns.get(turns.size() - 1).round();
    }

    /**
     * A still now (Space, or the settle detector). Before the first still, pupils without photo
     * consent are named and the counselor decides. Stored off the UI thread; the filmstrip shows it.
     */
    public void capture() {
        if (ended.get()) {
            note(messages.get("note.ended"));
            return;
        }
        if (!consentClear()) {
            if (!dialogs.photoWithoutConsent(String.join("、", withoutPhotoConsent()))) return;
            acknowledgeConsent();
        }
        Integer round = roundForStill();
        status.set(messages.get("console.capturing"));
        camera.capture(new LibraryStillSink(library, sessionId, round, null)).whenComplete((id, error) -> background.ui(() -> {
            status.set(cameraLine);
            if (error != null) {
                report(error);
                return;
            }
            refresh();
            notice.set(Notice.done(round == null ? messages.get("notice.stillStored", id)
                    : messages.get("notice.stillStoredInRound", id, round), null));
        }));
    }

    // ---- tagging -------------------------------------------------------------------------------

    /** Enter: tags the still chosen in the filmstrip, or the newest one. */
    public void tag(Still still) {
        Still target = still != null ? still : stills.isEmpty() ? null : stills.get(stills.size() - 1);
        if (target == null) {
            note(messages.get("console.noStillYet"));
            return;
        }
        chosenStill.set(target);
        tagging.show(target.id());
        taggedStill.set(target);
        screen.set(Screen.TAGGING);
    }

    /**
     * Who placed a figure, as the figure chooser first suggests: the member of the latest place or
     * set turn whose figure is not tagged yet (the turn just recorded); else the member of the
     * latest place or set turn; else of the latest turn; else the first participant.
     */
    public String placedByDefault() {
        if (!isGroup()) return session.studentCode();
        List<Turn> turns = library.turns().list(sessionId);
        Map<Long, Long> tagged = library.placements().list(sessionId).stream().filter(p -> p.turnId() != null)
                .collect(Collectors.groupingBy(Placement::turnId, Collectors.counting()));
        String lastPlacer = null;
        for (int i = turns.size() - 1; i >= 0; i--) {
            Turn t = turns.get(i);
            long wanted = t.action() == TurnAction.PLACE ? 1 : t.action() == TurnAction.SET ? 3 : 0;
            if (wanted > 0 && tagged.getOrDefault(t.id(), 0L) < wanted) return t.studentCode();
            if (wanted > 0 && lastPlacer == null) lastPlacer = t.studentCode();
        }
        if (lastPlacer != null) return lastPlacer;
        if (!turns.isEmpty()) return turns.get(turns.size() - 1).studentCode();
        List<String> participants = participants();
        return participants.isEmpty() ? null : participants.get(0);
    }

    /** A click on the still where no marker is: which figure, placed by whom; then it is placed. */
    public void placeAt(TrayPoint spot) {
        dialogs.chooseFigure(participants(), this::nameOf, placedByDefault()).ifPresent(choice -> {
            try {
                String figure = choice.figure().nameZh() != null ? choice.figure().nameZh() : choice.figure().nameEn();
                tagging.place(figure, choice.studentCode(), spot);
            } catch (RuntimeException e) {
                report(e);
            }
        });
    }

    public void undoTag() {
        if (tagging.undoStack().canUndo().get()) tagging.undo(); else note(messages.get("note.nothingToUndo"));
    }

    public void redoTag() {
        if (tagging.undoStack().canRedo().get()) tagging.redo(); else note(messages.get("note.nothingToRedo"));
    }

    private void tagChanged(UndoStack.Change change, Edit edit) {
        notice.set(switch (change) {
            case DONE -> Notice.done(messages.get("notice.tagDone", edit.description()), this::undoTag);
            case REDONE -> Notice.done(messages.get("notice.tagRedone", edit.description()), this::undoTag);
            case UNDONE -> Notice.done(messages.get("notice.tagUndone", edit.description()), null);
        });
    }

    // ---- tray corners --------------------------------------------------------------------------

    private void startCorners() {
        screen.set(Screen.LIVE);
        markingCorners.set(true);
        status.set(messages.get("console.markCorners"));
    }

    /** Four corners clicked on the live image: a new tray setup for this session's next stills (undoable). */
    public void cornersMarked(List<ImagePoint> corners, int imageWidth, int imageHeight, double trayWidthCm, double trayHeightCm) {
        markingCorners.set(false);
        status.set(cameraLine);
        Long before = session.traySetupId();
        try {
            TraySetup setup = library.traySetups().add(new TraySetup(0, trayWidthCm, trayHeightCm, imageWidth, imageHeight, corners));
            library.sessions().useTraySetup(sessionId, setup.id());
            refresh();
            notice.set(Notice.done(messages.get("notice.cornersMarked"), before == null ? null : () -> {
                library.sessions().useTraySetup(sessionId, before);
                refresh();
                notice.set(Notice.done(messages.get("notice.cornersUndone"), null));
            }));
        } catch (RuntimeException e) {
            report(e);
        }
    }

    /** The tray setup the session's next stills are taken under, if the corners were marked. */
    public Optional<TraySetup> traySetup() {
        return session.traySetupId() == null ? Optional.empty() : library.traySetups().byId(session.traySetupId());
    }

    // ---- the end -------------------------------------------------------------------------------

    /** E: the wrap-up form, then the session ends (ended turns true; the view then closes). */
    public void end() {
        if (ended.get()) {
            note(messages.get("note.alreadyEnded"));
            return;
        }
        dialogs.wrapUp(session).ifPresent(wrapUp -> {
            try {
                library.sessions().end(sessionId, wrapUp, Instant.now());
                settleMode.set(false);
                refresh();
                notice.set(Notice.done(messages.get("console.ended"), null));
            } catch (RuntimeException e) {
                report(e);
            }
        });
    }

    // ---- feedback ------------------------------------------------------------------------------

    private void note(String text) {
        notice.set(Notice.note(text));
    }

    /** A rule's refusal is a calm note; a real failure is the red dialog. */
    public void report(Throwable error) {
        if (Refusals.isRefusal(error)) note(messages.problem(error));
        else dialogs.failure(error);
    }

    public void refresh() {
        session = library.sessions().require(sessionId);
        ended.set(!session.open());
        Long chosen = chosenStill.get() == null ? null : chosenStill.get().id();
        stills.setAll(library.stills().list(sessionId));
        // the still chosen stays chosen through a reload (a star or the final tray changed its row)
        if (chosen != null) stills.stream().filter(st -> st.id() == chosen).findFirst().ifPresent(chosenStill::set);
        turnOrder.setAll(session.turnOrder().stream().map(c -> nameOf(c) + " (" + c + ")").toList());
        if (!isGroup()) {
            headline.set(messages.get("console.individual", nameOf(session.studentCode())));
        } else {
            Optional<Turns.Next> next = next();
            headline.set(next.map(n -> messages.get("console.turn", n.round(), nameOf(n.studentCode())))
                    .orElse(messages.get(ended.get() ? "console.sessionEnded" : "console.trayFinished")));
            currentPosition.set(next.map(n -> n.orderInRound() - 1).orElse(-1));
        }
        updateLegend();
    }

    private void updateLegend() {
        legend.set(messages.get(filmstripFocused.get() ? "console.keysFilmstrip" : screen.get() == Screen.TAGGING ? "console.keysTagging"
                : ended.get() ? "console.keysEnded" : "console.keysLive"));
    }
}
