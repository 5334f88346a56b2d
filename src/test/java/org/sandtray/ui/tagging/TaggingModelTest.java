package org.sandtray.ui.tagging;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Stills;
import org.sandtray.ui.Messages;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tagging without a screen: place, move, remove, undo and redo, with markers carried forward. */
class TaggingModelTest {
    @Test
    void markersCarryForwardAndEveryEditUndoes(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now()).id();
            byte[] jpeg = SampleJpeg.textured(320, 240, 1);
            Instant t = Instant.now();
            long first = library.stills().add(SampleJpeg.variant(jpeg, 1), new Stills.Meta(session, t, null, null, null, "test")).id();
            long second = library.stills().add(SampleJpeg.variant(jpeg, 2), new Stills.Meta(session, t.plusSeconds(60), null, null, null, "test")).id();
            long third = library.stills().add(SampleJpeg.variant(jpeg, 3), new Stills.Meta(session, t.plusSeconds(120), null, null, null, "test")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());

            model.show(first);
            model.place("老虎", "S1", new TrayPoint(0.2, 0.3));
            model.place("小桥", "S2", new TrayPoint(0.6, 0.5));
            assertEquals(2, model.markers().size());
            assertTrue(model.markers().stream().allMatch(Marker::markedHere));

            model.show(second);
            assertEquals(2, model.markers().size(), "markers carry forward to a later still");
            assertTrue(model.markers().stream().noneMatch(Marker::markedHere));
            Marker tiger = model.markers().stream().filter(m -> m.figure().equals("tiger")).findFirst().orElseThrow();
            model.move(tiger, new TrayPoint(0.8, 0.8));
            Placement moved = library.placements().require(tiger.ref().id());
            assertEquals(MarkEvent.MOVED, moved.marks().get(1).event());
            assertEquals(new TrayPoint(0.8, 0.8), moved.lastPosition());

            model.show(third);
            Marker bridge = model.markers().stream().filter(m -> m.figure().equals("bridge")).findFirst().orElseThrow();
            model.remove(bridge);
            assertEquals(1, model.markers().size(), "a removed figure is gone from this still on");

            model.undo();
            assertEquals(2, model.markers().size(), "undo brings the figure back");
            model.redo();
            assertEquals(1, model.markers().size());
            model.undo();
            model.show(second);
            model.undo(); // the move
            assertEquals(new TrayPoint(0.2, 0.3), library.placements().require(tiger.ref().id()).lastPosition());
            assertEquals(1, library.placements().require(tiger.ref().id()).marks().size());
            model.redo();
            assertEquals(new TrayPoint(0.8, 0.8), library.placements().require(tiger.ref().id()).lastPosition());
        }
    }

    @Test
    void aMistakenTagIsDeletedAndComesBackOnUndo(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            long still = library.stills().add(SampleJpeg.textured(320, 240, 2), new Stills.Meta(session, Instant.now(), null, null, null, "t")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());
            model.show(still);
            model.place("dragon", "S1", new TrayPoint(0.5, 0.5));
            model.remove(model.markers().get(0));
            assertTrue(library.placements().list(session).isEmpty(), "removed on its own still: deleted");
            model.undo();
            assertEquals(1, library.placements().list(session).size());
            assertEquals("dragon", model.markers().get(0).figure(), "an English window names figures in English");
            model.undo();
            assertTrue(library.placements().list(session).isEmpty(), "undoing the placement deletes it");
            assertFalse(model.undoStack().canUndo().get());
            model.redo();
            assertEquals(1, library.placements().list(session).size());
        }
    }

    @Test
    void facingBurialAndAnnotationsAreUndoable(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            long still = library.stills().add(SampleJpeg.textured(320, 240, 4), new Stills.Meta(session, Instant.now(), null, null, null, "t")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());
            model.show(still);
            model.place("老虎", "S1", new TrayPoint(0.4, 0.4));
            model.turn(model.markers().get(0));
            model.turn(model.markers().get(0));
            assertEquals(90.0, library.placements().list(session).get(0).facingDegrees());
            model.toggleBuried(model.markers().get(0));
            assertTrue(library.placements().list(session).get(0).buried());
            model.annotate(org.sandtray.domain.AnnotationShape.ARROW, new TrayPoint(0.1, 0.1), new TrayPoint(0.3, 0.2), null);
            model.annotate(org.sandtray.domain.AnnotationShape.TEXT, new TrayPoint(0.5, 0.9), null, "河流");
            assertEquals(2, library.annotations().list(still).size());
            assertEquals("河流", model.annotations().get(1).text());
            model.undo();
            model.undo();
            assertTrue(library.annotations().list(still).isEmpty());
            model.undo();
            assertFalse(library.placements().list(session).get(0).buried());
            model.undo();
            assertEquals(0.0, library.placements().list(session).get(0).facingDegrees());
            model.redo();
            assertEquals(90.0, library.placements().list(session).get(0).facingDegrees());
        }
    }

    @Test
    void tagsNeedAStillAndAParticipant(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            long still = library.stills().add(SampleJpeg.textured(320, 240, 3), new Stills.Meta(session, Instant.now(), null, null, null, "t")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());
            assertThrows(LibraryException.class, () -> model.place("dragon", "S1", new TrayPoint(0.5, 0.5)));
            model.show(still);
            assertThrows(LibraryException.class, () -> model.place("dragon", "S2", new TrayPoint(0.5, 0.5)));
            assertTrue(model.markers().isEmpty());
            assertFalse(model.undoStack().canUndo().get(), "a refused edit leaves nothing to undo");
        }
    }

    /** F and B used to lose the selection ring: the marker drawn before the edit was replaced by a new one. */
    @Test
    void theSelectedFigureStaysSelectedThroughItsEditsAndUndo(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startIndividual("S1", null, Instant.now()).id();
            long still = library.stills().add(SampleJpeg.textured(320, 240, 5), new Stills.Meta(session, Instant.now(), null, null, null, "t")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());
            model.show(still);
            model.place("老虎", "S1", new TrayPoint(0.4, 0.4));
            model.place("小桥", "S1", new TrayPoint(0.7, 0.7));
            Marker tiger = model.markers().stream().filter(m -> m.figure().equals("tiger")).findFirst().orElseThrow();
            model.select(tiger);
            model.turn(model.selected().get());
            assertEquals(tiger.ref().id(), model.selected().get().ref().id());
            assertEquals(0.0, model.selected().get().facingDegrees(), "the selection is the marker as it is now");
            assertTrue(model.markers().contains(model.selected().get()), "the ring is drawn on a marker that is shown");
            model.toggleBuried(model.selected().get());
            assertTrue(model.selected().get().buried());
            model.undo();
            assertFalse(model.selected().get().buried());
            model.remove(model.selected().get());
            assertEquals(null, model.selected().get(), "a deleted figure is no longer selected");
        }
    }
}
