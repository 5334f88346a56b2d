package org.sandtray.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sandtray.domain.Student;
import org.sandtray.export.ExportCancelled;
import org.sandtray.export.ExportOptions;
import org.sandtray.export.ExportPart;
import org.sandtray.export.ExportPreview;
import org.sandtray.export.ExportResult;
import org.sandtray.export.ExportScope;
import org.sandtray.export.ExportSource;
import org.sandtray.export.Exporter;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.vision.BlurRegion;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The export dialog's rules, without a screen: what to export (a session, or a student between
 * two dates), which parts, de-identified or identifiable (identifiable only when every student of
 * the export has photo consent), then every picture checked before anything is written, each with
 * its blur regions (found by the detectors; the counselor adds one by dragging and removes one by
 * clicking it, Ctrl+Z takes the change back), then the export with progress and cancel, and the
 * folder to open when done.
 */
public final class ExportModel {
    /** Where the dialog is. */
    public enum State { CHOOSING, PREPARING, READY, EXPORTING, DONE }

    /** One picture to check, with the regions that will be blurred and the picture as it will look. */
    public static final class Item {
        private final ExportPreview.Picture picture;
        private final ObservableList<BlurRegion> regions;
        private final ObjectProperty<byte[]> shown = new SimpleObjectProperty<>();

        Item(ExportPreview.Picture picture) {
            this.picture = picture;
            this.regions = FXCollections.observableArrayList(picture.detected());
        }

        public ExportPreview.Picture picture() { return picture; }

        public ObservableList<BlurRegion> regions() { return regions; }

        /** The picture with its regions blurred (JPEG), refreshed after each change. */
        public ObjectProperty<byte[]> shown() { return shown; }

        public long stillId() { return picture.still().still().id(); }
    }

    private record Edit(Item item, BlurRegion region, int index, boolean added) {}

    private final Library library;
    private final Messages messages;
    private final Background background;
    private final Consumer<Path> opener;

    private final BooleanProperty ofStudent = new SimpleBooleanProperty();
    private final ObjectProperty<Long> session = new SimpleObjectProperty<>();
    private final StringProperty student = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty stills = new SimpleBooleanProperty(true);
    private final BooleanProperty pdf = new SimpleBooleanProperty(true);
    private final BooleanProperty data = new SimpleBooleanProperty(true);
    private final BooleanProperty identifiable = new SimpleBooleanProperty();
    private final BooleanProperty wholeFrame = new SimpleBooleanProperty();
    private final StringProperty caseQuestion = new SimpleStringProperty("");
    private final BooleanProperty identifiableAllowed = new SimpleBooleanProperty(true);
    private final StringProperty consentMessage = new SimpleStringProperty("");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.CHOOSING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final BooleanBinding canExport;
    private final BooleanBinding canCheck;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private ExportPreview preview;
    private int expected;

    public ExportModel(Library library, Messages messages, Background background, Long sessionId, String studentCode,
                       Consumer<Path> opener) {
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.opener = opener;
        session.set(sessionId);
        student.set(studentCode);
        ofStudent.set(sessionId == null);
        for (var p : List.of(ofStudent, identifiable, wholeFrame)) p.addListener((o, a, b) -> choicesChanged());
        for (var p : List.of(session, from, to)) p.addListener((o, a, b) -> choicesChanged());
        student.addListener((o, a, b) -> choicesChanged());
        canCheck = Bindings.createBooleanBinding(() -> (state.get() == State.CHOOSING || state.get() == State.READY
                || state.get() == State.DONE) && scopeChosen() && (!identifiable.get() || identifiableAllowed.get()),
                state, ofStudent, session, student, identifiable, identifiableAllowed);
        canExport = Bindings.createBooleanBinding(() -> state.get() == State.READY && (stills.get() || pdf.get() || data.get())
                && (!identifiable.get() || identifiableAllowed.get()), state, stills, pdf, data, identifiable, identifiableAllowed);
        checkConsent();
    }

    public BooleanProperty ofStudent() { return ofStudent; }

    public ObjectProperty<Long> session() { return session; }

    public StringProperty student() { return student; }

    public ObjectProperty<LocalDate> from() { return from; }

    public ObjectProperty<LocalDate> to() { return to; }

    public BooleanProperty stills() { return stills; }

    public BooleanProperty pdf() { return pdf; }

    public BooleanProperty data() { return data; }

    public BooleanProperty identifiable() { return identifiable; }

    public BooleanProperty wholeFrame() { return wholeFrame; }

    public StringProperty caseQuestion() { return caseQuestion; }

    public BooleanProperty identifiableAllowed() { return identifiableAllowed; }

    public StringProperty consentMessage() { return consentMessage; }

    public ObservableList<Item> items() { return items; }

    public IntegerProperty selected() { return selected; }

    public ObjectProperty<State> state() { return state; }

    public DoubleProperty progress() { return progress; }

    public StringProperty status() { return status; }

    public ObjectProperty<Path> folder() { return folder; }

    public BooleanBinding canExport() { return canExport; }

    public BooleanBinding canCheck() { return canCheck; }

    private boolean scopeChosen() {
        return ofStudent.get() ? student.get() != null && !student.get().isBlank() : session.get() != null;
    }

    /** A change to what is exported or how it is framed: the pictures must be checked again. */
    private void choicesChanged() {
        if (state.get() == State.PREPARING || state.get() == State.EXPORTING) cancelled.set(true);
        items.clear();
        undo.clear();
        selected.set(-1);
        preview = null;
        state.set(State.CHOOSING);
        progress.set(0);
        status.set("");
        checkConsent();
    }

    /** Identifiable is allowed only when every student of the export has photo consent in force. */
    private void checkConsent() {
        List<String> without = new ArrayList<>();
        try {
            Set<String> subjects = ofStudent.get() ? (student.get() == null ? Set.of() : Set.of(student.get()))
                    : session.get() == null ? Set.of() : Set.copyOf(library.sessions().participants(session.get()));
            for (Student s : library.students().list()) {
                if (subjects.contains(s.code()) && !s.photosPermitted()) without.add(s.code());
            }
        } catch (RuntimeException e) {
            without.clear();
        }
        identifiableAllowed.set(without.isEmpty());
        consentMessage.set(without.isEmpty() ? "" : messages.get("export.noConsent", String.join("、", without)));
    }

    ExportScope scope() {
        return ofStudent.get() ? ExportScope.student(student.get(), from.get(), to.get()) : ExportScope.session(session.get());
    }

    ExportOptions options() {
        Set<ExportPart> parts = EnumSet.noneOf(ExportPart.class);
        if (stills.get()) parts.add(ExportPart.STILLS);
        if (pdf.get()) parts.add(ExportPart.PDF);
        if (data.get()) parts.add(ExportPart.DATA);
        Map<Long, List<BlurRegion>> blurs = new LinkedHashMap<>();
        for (Item item : items) blurs.put(item.stillId(), List.copyOf(item.regions()));
        return new ExportOptions(parts.isEmpty() ? EnumSet.of(ExportPart.PDF) : parts, identifiable.get(), wholeFrame.get(),
                messages.locale(), caseQuestion.get(), blurs);
    }

    /** Reads what is to be exported and prepares every picture, with the regions found, one by one. */
    public void check() {
        if (!canCheck.get()) return;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        items.clear();
        undo.clear();
        state.set(State.PREPARING);
        progress.set(0);
        status.set(messages.get("export.reading"));
        ExportScope scope;
        ExportOptions options;
        try {
            scope = scope();
            options = options();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        background.run(() -> {
            ExportSource source = new Exporter(library).prepare(scope, options);
            ExportPreview p = new ExportPreview(library, source, options);
            int total = source.stillCount();
            background.ui(() -> {
                preview = p;
                expected = total;
                status.set(messages.get("export.preparing", 0, total));
            });
            int done = 0;
            for (ExportSource.SessionRecord s : source.sessions()) {
                for (ExportSource.StillRecord still : s.stills()) {
                    if (stop.get()) throw new ExportCancelled();
                    ExportPreview.Picture picture = p.prepare(s, still);
                    int n = ++done;
                    background.ui(() -> {
                        if (stop.get()) return;
                        Item item = new Item(picture);
                        items.add(item);
                        render(item);
                        if (selected.get() < 0) selected.set(0);
                        progress.set((double) n / total);
                        status.set(messages.get("export.preparing", n, total));
                    });
                }
            }
            return total;
        }, total -> {
            if (stop.get()) return;
            state.set(State.READY);
            progress.set(1);
            status.set(total == 0 ? messages.get("export.noPictures") : messages.get("export.ready", total, regionCount()));
        }, error -> {
            if (stop.get() && error instanceof ExportCancelled) return;
            fail(error);
        });
    }

    private int regionCount() {
        return items.stream().mapToInt(i -> i.regions().size()).sum();
    }

    private void fail(Throwable error) {
        status.set(error instanceof ExportCancelled ? messages.get("export.cancelled") : messages.problem(error));
        progress.set(0);
        state.set(preview != null && items.size() == expected ? State.READY : State.CHOOSING);
    }

    /** Adds a blur region the counselor drew (fractions of the picture); tiny ones are ignored. */
    public void addRegion(Item item, double x1, double y1, double x2, double y2) {
        double left = Math.max(0, Math.min(x1, x2));
        double top = Math.max(0, Math.min(y1, y2));
        double right = Math.min(1, Math.max(x1, x2));
        double bottom = Math.min(1, Math.max(y1, y2));
        if (right - left < 0.005 || bottom - top < 0.005) return;
        BlurRegion region = new BlurRegion(left, top, right - left, bottom - top, BlurRegion.Kind.COUNSELOR, 1);
        item.regions().add(region);
        undo.push(new Edit(item, region, item.regions().size() - 1, true));
        changed(item);
    }

    /** Removes the smallest region under the point (fractions of the picture); false when there is none. */
    public boolean removeRegionAt(Item item, double x, double y) {
        BlurRegion hit = null;
        for (BlurRegion r : item.regions()) if (r.contains(x, y) && (hit == null || r.area() < hit.area())) hit = r;
        if (hit == null) return false;
        int index = item.regions().indexOf(hit);
        item.regions().remove(index);
        undo.push(new Edit(item, hit, index, false));
        changed(item);
        return true;
    }

    /** Takes back the last region added or removed. */
    public boolean undo() {
        Edit e = undo.poll();
        if (e == null) return false;
        if (e.added()) e.item().regions().remove(e.region());
        else e.item().regions().add(Math.min(e.index(), e.item().regions().size()), e.region());
        selected.set(items.indexOf(e.item()));
        changed(e.item());
        return true;
    }

    private void changed(Item item) {
        render(item);
        if (state.get() == State.READY || state.get() == State.DONE) {
            state.set(State.READY);
            status.set(messages.get("export.ready", items.size(), regionCount()));
        }
    }

    private void render(Item item) {
        ExportPreview p = preview;
        List<BlurRegion> regions = List.copyOf(item.regions());
        if (p == null) return;
        background.run(() -> p.blurred(item.picture(), regions), item.shown()::set, e -> status.set(messages.problem(e)));
    }

    /** Writes the export into the folder (new or empty), with progress; the regions are the checked ones. */
    public void export(Path destination) {
        if (!canExport.get() || preview == null) return;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        ExportOptions options = options();
        ExportSource source = preview.source();
        state.set(State.EXPORTING);
        progress.set(0);
        status.set(messages.get("export.exporting"));
        background.run(() -> new Exporter(library).export(source, options, destination,
                (done, total, step) -> background.ui(() -> {
                    progress.set(total == 0 ? 0 : (double) done / total);
                    status.set(messages.get("export.step." + step.name().toLowerCase(java.util.Locale.ROOT), done, total));
                }), stop::get), (ExportResult result) -> {
                    folder.set(result.folder());
                    state.set(State.DONE);
                    progress.set(1);
                    status.set(messages.get(result.deidentified() ? "export.done" : "export.doneIdentifiable",
                            result.files().size(), result.folder()));
                }, error -> {
                    state.set(State.READY);
                    progress.set(0);
                    status.set(error instanceof ExportCancelled ? messages.get("export.cancelled") : messages.problem(error));
                });
    }

    /** Stops checking pictures or writing; what was being written is removed. */
    public void cancel() {
        cancelled.set(true);
        if (state.get() == State.PREPARING) {
            items.clear();
            state.set(State.CHOOSING);
            progress.set(0);
            status.set(messages.get("export.cancelled"));
        }
    }

    public void openFolder() {
        if (folder.get() != null) opener.accept(folder.get());
    }
}
