package org.sandtray.ui.tagging;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sandtray.domain.Annotation;
import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Placements;
import org.sandtray.ui.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The markers on the still being tagged, and the edits a counselor makes to them: place, move,
 * remove, each undoable. Markers carry forward from earlier stills until moved or removed.
 * A plain class: tested without a screen.
 */
public final class TaggingModel {
    private final Library library;
    private final Messages messages;
    private final UndoStack undo;
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final Map<Long, PlacementRef> refs = new HashMap<>();
    private final Map<Long, String> figureNames = new HashMap<>();
    private final ObjectProperty<Marker> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AnnotationShape> tool = new SimpleObjectProperty<>();
    private long stillId = -1;

    public TaggingModel(Library library, Messages messages, UndoStack undo) {
        this.library = library;
        this.messages = messages;
        this.undo = undo;
        library.figures().list().forEach(f -> figureNames.put(f.id(), f.displayName(messages.chinese())));
    }

    public ObservableList<Marker> markers() { return markers; }

    /** Free annotations drawn on the still shown. */
    public ObservableList<Annotation> annotations() { return annotations; }

    public UndoStack undoStack() { return undo; }

    public long stillId() { return stillId; }

    /**
     * The marker the counselor selected (Delete, F and B act on it). It stays selected through
     * edits: it is followed by its placement, not by the marker drawn before the edit.
     */
    public ObjectProperty<Marker> selected() { return selected; }

    public void select(Marker marker) { selected.set(marker); }

    /** The annotation shape drawn with the mouse, or null when clicks place and drag figures. */
    public ObjectProperty<AnnotationShape> tool() { return tool; }

    /** Shows a still: what stands on it, marked here or carried forward. */
    public void show(long stillId) {
        if (stillId != this.stillId) selected.set(null);
        this.stillId = stillId;
        reload();
    }

    /** Shows no still (the one shown was deleted). */
    public void clear() {
        stillId = -1;
        reload();
    }

    public void reload() {
        if (stillId < 0) {
            markers.clear();
            annotations.clear();
            selected.set(null);
            return;
        }
        annotations.setAll(library.annotations().list(stillId));
        List<Placements.Standing> standing = library.placements().standingOn(stillId);
        List<Marker> now = standing.stream().map(this::marker).toList();
        Marker was = selected.get();
        selected.set(was == null ? null : now.stream().filter(m -> m.ref().id() == was.ref().id()).findFirst().orElse(null));
        markers.setAll(now);
    }

    private Marker marker(Placements.Standing s) {
        Placement p = s.placement();
        PlacementRef ref = refs.computeIfAbsent(p.id(), PlacementRef::new);
        if (ref.id() != p.id()) {
            ref = new PlacementRef(p.id());
            refs.put(p.id(), ref);
        }
        return new Marker(ref, figureNames.getOrDefault(p.figureId(), p.figureName()), p.studentCode(), s.mark().at(), s.mark().boxWidth(), s.mark().boxHeight(),
                s.markedHere(), p.facingDegrees(), p.buried());
    }

    /** Drops a marker: a figure placed by a student at a spot on this still. */
    public void place(String figure, String studentCode, TrayPoint at) {
        requireStill();
        PlaceEdit edit = new PlaceEdit(library, new Placements.Request(stillId, figure, studentCode, at, null, null, null, false,
                null, null), messages.get("edit.place", figure));
        undo.perform(edit);
        refs.put(edit.ref().id(), edit.ref());
        reload();
    }

    /** A marker dragged to a new spot: the figure was moved, as this still shows. */
    public void move(Marker marker, TrayPoint to) {
        requireStill();
        undo.perform(new MarkEdit(library, marker.ref(), stillId, to, messages.get("edit.move", marker.figure())));
        reload();
    }

    /**
     * Takes a figure out: on a later still it is recorded as removed from there on; on the still
     * where it was placed (and nowhere else) the placement is deleted, as a mistaken tag.
     */
    public void remove(Marker marker) {
        requireStill();
        Placement p = library.placements().require(marker.ref().id());
        boolean placedHere = p.marks().get(0).stillId() == stillId && p.marks().get(0).event() == MarkEvent.PLACED;
        if (placedHere) {
            if (p.marks().size() > 1) throw new LibraryException("tag.removeOnLaterStill", marker.figure());
            undo.perform(new DeleteEdit(library, p, messages.get("edit.delete", marker.figure())));
        } else {
            undo.perform(new MarkEdit(library, marker.ref(), stillId, null, messages.get("edit.remove", marker.figure())));
        }
        reload();
    }

    /** Turns the figure a quarter-turn clockwise: unset, then 0 (facing away from the counselor), 90, 180, 270. */
    public void turn(Marker marker) {
        Double facing = marker.facingDegrees();
        Double next = facing == null ? 0.0 : facing >= 270 ? null : facing + 90;
        undo.perform(new PlacementDetailEdit(library, marker.ref(), facing, next, marker.buried(), marker.buried(),
                messages.get("edit.facing", marker.figure())));
        reload();
    }

    /** Sets which way the figure faces (null: not recorded); undoable. */
    public void setFacing(Marker marker, Double degrees) {
        if (java.util.Objects.equals(marker.facingDegrees(), degrees)) return;
        undo.perform(new PlacementDetailEdit(library, marker.ref(), marker.facingDegrees(), degrees, marker.buried(), marker.buried(),
                messages.get("edit.facing", marker.figure())));
        reload();
    }

    /** Sets the counselor's note on the figure (blank clears it); undoable. */
    public void setNote(Marker marker, String note) {
        String before = library.placements().require(marker.ref().id()).note();
        String after = note == null || note.isBlank() ? null : note.strip();
        if (java.util.Objects.equals(before, after)) return;
        undo.perform(new NoteEdit(library, marker.ref(), before, after, messages.get("edit.note", marker.figure())));
        reload();
    }

    public void toggleBuried(Marker marker) {
        undo.perform(new PlacementDetailEdit(library, marker.ref(), marker.facingDegrees(), marker.facingDegrees(),
                marker.buried(), !marker.buried(), messages.get("edit.buried", marker.figure())));
        reload();
    }

    /** Draws a free annotation: a point or text at the first spot, a box, ellipse or arrow between the two. */
    public void annotate(AnnotationShape shape, TrayPoint from, TrayPoint to, String text) {
        requireStill();
        undo.perform(new AnnotationEdit(library, stillId, shape, from.x(), from.y(), to == null ? null : to.x(),
                to == null ? null : to.y(), text, messages.get("edit.annotate")));
        reload();
    }

    public Edit undo() {
        Edit e = undo.undo();
        reload();
        return e;
    }

    public Edit redo() {
        Edit e = undo.redo();
        reload();
        return e;
    }

    private void requireStill() {
        if (stillId < 0) throw new LibraryException("tag.noStill");
    }
}
