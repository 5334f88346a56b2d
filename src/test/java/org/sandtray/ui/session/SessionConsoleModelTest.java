package org.sandtray.ui.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.DemoTraySource;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Session;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.Sessions;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.UiFixtures;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's logic without a screen, with a real library and the real demo camera. */
class SessionConsoleModelTest {
    @Test
    void turnKeysFollowTheDrawnOrderAndStillsComeFromTheCamera(@TempDir Path dir) throws Exception {
        try (Library library = Library.create(dir, "test");
             CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(640, 360), 30, false),
                     new StillEncoder(85))) {
            UiFixtures.club(library, false);
            Session s = library.sessions().startGroup("沙盘世界", null, List.of("S2", "S1", "S3"), Instant.now());
            SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.SIMPLIFIED_CHINESE), s.id(),
                    feed::captureStill, Background.direct());
            assertEquals("第 1 轮 · 轮到 李雨桐", model.headline().get());
            model.record(TurnAction.PLACE);
            model.record(TurnAction.PASS);
            assertEquals("第 1 轮 · 轮到 刘欣怡", model.headline().get());
            model.record(TurnAction.SAND);
            assertEquals("第 2 轮 · 轮到 李雨桐", model.headline().get());
            model.undoTurn();
            assertEquals("第 1 轮 · 轮到 刘欣怡", model.headline().get());
            assertEquals(List.of("place", "pass"), library.turns().list(s.id()).stream().map(t -> t.action().code()).toList());

            assertEquals(List.of("刘欣怡"), model.withoutPhotoConsent());
            assertFalse(model.consentClear(), "the first capture waits for the counselor to acknowledge");
            model.acknowledgeConsent();
            assertTrue(model.consentClear());

            feed.start();
            while (feed.framesGrabbed() < 3) Thread.sleep(10);
            CountDownLatch stored = new CountDownLatch(1);
            model.capture(stored::countDown);
            assertTrue(stored.await(20, TimeUnit.SECONDS), model.status().get());
            assertEquals(1, model.stills().size());
            var still = model.stills().get(0);
            assertEquals(640, still.width());
            assertEquals(1, still.round());
            try (InputStream in = library.stills().open(still)) {
                byte[] jpeg = in.readAllBytes();
                assertEquals((byte) 0xFF, jpeg[0]);
                assertEquals((byte) 0xD8, jpeg[1]);
            }

            model.end(new Sessions.WrapUp("森林", "一个故事", null, "家"));
            assertTrue(model.ended().get());
            assertEquals("森林", library.sessions().require(s.id()).title());
        }
    }

    @Test
    void anIndividualSessionHasNoTurns(@TempDir Path dir) {
        try (Library library = Library.create(dir, "test")) {
            UiFixtures.club(library, true);
            Session s = library.sessions().startIndividual("S1", null, Instant.now());
            SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.ENGLISH), s.id(),
                    sink -> java.util.concurrent.CompletableFuture.failedFuture(new org.sandtray.capture.CameraException("camera.noFrameYet")),
                    Background.direct());
            assertEquals("Individual session · 王小明", model.headline().get());
            model.record(TurnAction.PLACE);
            assertTrue(library.turns().list(s.id()).isEmpty());
            assertEquals("An individual session has no turns.", model.status().get());
            model.capture(() -> { });
            assertTrue(model.status().get().contains("no frame from the camera yet"), model.status().get());
            assertTrue(model.stills().isEmpty());
        }
    }
}
