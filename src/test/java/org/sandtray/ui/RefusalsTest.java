package org.sandtray.ui;

import org.junit.jupiter.api.Test;
import org.sandtray.capture.CameraException;
import org.sandtray.domain.Problem;
import org.sandtray.library.LibraryException;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which errors the window says calmly in a line and which in the red dialog. */
class RefusalsTest {
    @Test
    void ordinaryRuleRefusalsAreNotes() {
        assertTrue(Refusals.isRefusal(new LibraryException("turn.notYourTurn", "S02", 1, 2, "S01")));
        assertTrue(Refusals.isRefusal(new LibraryException("tag.noStill")));
        assertTrue(Refusals.isRefusal(new LibraryException("figure.needsName")));
        assertTrue(Refusals.isRefusal(new CompletionException(new CameraException("camera.noFrameYet"))), "wrapped by a future");
    }

    @Test
    void realFailuresAreDialogs() {
        assertFalse(Refusals.isRefusal(new LibraryException("library.damaged", Path.of("/lib"))));
        assertFalse(Refusals.isRefusal(new LibraryException("library.notStored", Problem.of("io.diskFull", 12L, Path.of("/lib")))));
        assertFalse(Refusals.isRefusal(new LibraryException("still.notStored", Problem.of("io.diskFull", 3L, Path.of("/lib")))));
        assertFalse(Refusals.isRefusal(new LibraryException("still.fileMissing", "ab.jpg")));
        assertFalse(Refusals.isRefusal(new IllegalStateException("a bug")), "an unexpected fault is never calm");
        assertFalse(Refusals.isRefusal(new NullPointerException()));
    }
}
