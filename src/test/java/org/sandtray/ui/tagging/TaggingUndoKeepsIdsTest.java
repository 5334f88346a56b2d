package org.sandtray.ui.tagging;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.domain.Annotation;
import org.sandtray.domain.AnnotationShape;
import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.Stills;
import org.sandtray.ui.Messages;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Undo and redo in the tagging view take rows out and put the very same rows back: no id changes (decisions/0007). */
class TaggingUndoKeepsIdsTest {

    @Test
    void placeDeleteMoveAndDrawComeBackUnderTheirOwnIds(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            long session = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now()).id();
            byte[] jpeg = SampleJpeg.textured(320, 240, 1);
            Instant t = Instant.now();
            long first = library.stills().add(SampleJpeg.variant(jpeg, 1), new Stills.Meta(session, t, null, null, null, "test")).id();
            long second = library.stills().add(SampleJpeg.variant(jpeg, 2), new Stills.Meta(session, t.plusSeconds(60), null, null, null, "test")).id();
            TaggingModel model = new TaggingModel(library, new Messages(Locale.ENGLISH), new UndoStack());

            model.show(first);
            model.place("老虎", "S1", new TrayPoint(0.2, 0.3));
            model.place("小桥", "S2", new TrayPoint(0.6, 0.5));
            Placement tiger = byFigure(library, session, "老虎");
            Placement bridge = byFigure(library, session, "小桥");

            model.undo();                                   // the bridge goes ...
            assertEquals(List.of(tiger), library.placements().list(session));
            model.redo();                                   // ... and comes back as itself
            assertEquals(bridge, byFigure(library, session, "小桥"), "same id, same mark id, same times");

            model.show(second);
            Marker tigerMarker = model.markers().stream().filter(m -> m.ref().id() == tiger.id()).findFirst().orElseThrow();
            model.move(tigerMarker, new TrayPoint(0.8, 0.8));
            Placement moved = library.placements().require(tiger.id());
            model.undo();
            assertEquals(tiger, library.placements().require(tiger.id()), "undo of the move leaves the placement as it was");
            model.redo();
            assertEquals(moved, library.placements().require(tiger.id()), "redo puts back the very same move mark");

            model.show(first);
            Marker bridgeMarker = model.markers().stream().filter(m -> m.ref().id() == bridge.id()).findFirst().orElseThrow();
            model.remove(bridgeMarker);                     // tagged by mistake: deleted
            assertEquals(List.of(tiger.id()), library.placements().list(session).stream().map(Placement::id).toList());
            model.place("房子", "S3", new TrayPoint(0.5, 0.9));
            long house = byFigure(library, session, "房子").id();
            assertTrue(house > bridge.id(), "a new figure never takes the number of one deleted: " + house);
            model.undo();                                   // the house goes
            model.undo();                                   // the bridge comes back
            assertEquals(bridge, byFigure(library, session, "小桥"));

            model.annotate(AnnotationShape.TEXT, new TrayPoint(0.5, 0.5), null, "河");
            long note = library.annotations().list(first).get(0).id();
            model.undo();
            assertEquals(List.of(), library.annotations().list(first));
            model.redo();
            List<Annotation> back = library.annotations().list(first);
            assertEquals(1, back.size());
            assertEquals(note, back.get(0).id());
        }
    }

    private static Placement byFigure(Library library, long session, String figure) {
        return library.placements().list(session).stream().filter(p -> p.figureName().equals(figure)).findFirst().orElseThrow();
    }
}
