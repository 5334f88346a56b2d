package org.sandtray.ui.session;

import org.sandtray.library.TestLibraries;

import javafx.scene.input.KeyCode;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.CameraException;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.CapturedStill;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.DemoTraySource;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Sessions;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;
import org.sandtray.ui.UiFixtures;
import org.sandtray.ui.tagging.FigureChooser;
import org.sandtray.ui.tagging.Marker;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's logic without a screen, with a real library, real JPEG stills and the real demo camera. */
class SessionConsoleModelTest {
    @TempDir
    Path dir;
    private Library library;
    private final Answers answers = new Answers();
    private static final byte[] JPEG = demoJpeg();

    @BeforeEach
    void open() {
        library = TestLibraries.create(dir, "test");
        UiFixtures.club(library, true);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void turnKeysFollowTheDrawnOrderAndStillsComeFromTheCamera() throws Exception {
        try (Library library = TestLibraries.create(dir.resolve("without-consent"), "test");
             CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(640, 360), 30, false),
                     new StillEncoder(85))) {
            UiFixtures.club(library, false);
            Session s = library.sessions().startGroup("沙盘世界", null, List.of("S2", "S1", "S3"), Instant.now());
            SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.SIMPLIFIED_CHINESE), s.id(),
                    feed::captureStill, Background.direct(), answers);
            assertEquals("第 1 轮 · 轮到 李雨桐", model.headline().get());
            model.key(KeyCode.P, false, false);
            model.key(KeyCode.X, false, false);
            assertEquals("第 1 轮 · 轮到 刘欣怡", model.headline().get());
            model.key(KeyCode.D, false, false);
            assertEquals("第 2 轮 · 轮到 李雨桐", model.headline().get());
            assertEquals("已记录：刘欣怡，动沙。按 Ctrl+Z 可撤回。", model.notice().get().text(), "each turn is said, with its undo");
            model.key(KeyCode.Z, true, false);
            assertEquals("第 1 轮 · 轮到 刘欣怡", model.headline().get());
            assertEquals(List.of("place", "pass"), library.turns().list(s.id()).stream().map(t -> t.action().code()).toList());

            assertEquals(List.of("刘欣怡"), model.withoutPhotoConsent());
            assertFalse(model.consentClear(), "the first capture waits for the counselor to acknowledge");
            answers.consent = false;
            model.key(KeyCode.SPACE, false, false);
            assertEquals(1, answers.consentAsked);
            assertTrue(model.stills().isEmpty(), "no still when the counselor declines");

            feed.start();
            while (feed.framesGrabbed() < 3) Thread.sleep(10);
            answers.consent = true;
            CountDownLatch stored = new CountDownLatch(1);
            model.stills().addListener((javafx.collections.ListChangeListener<org.sandtray.domain.Still>) c -> stored.countDown());
            model.key(KeyCode.SPACE, false, false);
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

            answers.wrapUp = Optional.of(new Sessions.WrapUp("森林", "一个故事", null, "家"));
            model.key(KeyCode.E, false, false);
            assertTrue(model.ended().get());
            assertEquals("森林", library.sessions().require(s.id()).title());
        }
    }

    @Test
    void anIndividualSessionHasNoTurns() {
        Session s = library.sessions().startIndividual("S1", null, Instant.now());
        SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.ENGLISH), s.id(),
                sink -> CompletableFuture.failedFuture(new CameraException("camera.noFrameYet")), Background.direct(), answers);
        assertEquals("Individual session · 王小明", model.headline().get());
        model.key(KeyCode.P, false, false);
        assertTrue(library.turns().list(s.id()).isEmpty());
        assertEquals(new Notice(Notice.Kind.NOTE, "An individual session has no turns.", null), model.notice().get());
        model.key(KeyCode.SPACE, false, false);
        assertEquals(Notice.Kind.NOTE, model.notice().get().kind(), "no frame yet is a calm note, not a failure");
        assertTrue(model.notice().get().text().contains("no frame from the camera yet"), model.notice().get().text());
        assertTrue(answers.failures.isEmpty());
        assertTrue(model.stills().isEmpty());
    }

    @Test
    void aStillThatCannotBeStoredIsARealFailure() {
        Session s = library.sessions().startIndividual("S1", null, Instant.now());
        SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.ENGLISH), s.id(),
                sink -> CompletableFuture.failedFuture(new LibraryException("still.notStored",
                        org.sandtray.domain.Problem.of("io.diskFull", 3L, dir))), Background.direct(), answers);
        model.capture();
        assertEquals(1, answers.failures.size(), "a full disk is the red dialog");
        assertNull(model.notice().get());
    }

    /** Keys act only where they are shown: turn keys on the live view, marker keys on the tagging view. */
    @Test
    void keysActOnlyInTheViewThatShowsThem() {
        Session s = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        SessionConsoleModel model = model(s, Locale.ENGLISH);
        model.key(KeyCode.P, false, false);
        model.key(KeyCode.SPACE, false, false);
        model.key(KeyCode.ENTER, false, false);
        assertEquals(SessionConsoleModel.Screen.TAGGING, model.screen().get());
        answers.figure = "老虎";
        model.placeAt(new TrayPoint(0.3, 0.4));
        assertEquals(1, library.placements().list(s.id()).size());
        Marker tiger = model.tagging().markers().get(0);
        model.tagging().select(tiger);

        model.key(KeyCode.X, false, false);
        assertEquals(1, library.turns().list(s.id()).size(), "a turn key does nothing while tagging");
        assertEquals("X works in the live view: press Esc to go back to it.", model.notice().get().text());
        model.key(KeyCode.SPACE, false, false);
        assertEquals(1, model.stills().size(), "Space takes no still while tagging");

        model.key(KeyCode.ESCAPE, false, false);
        assertEquals(SessionConsoleModel.Screen.LIVE, model.screen().get());
        model.key(KeyCode.DELETE, false, false);
        assertEquals(1, library.placements().list(s.id()).size(), "Delete on the live view removes nothing");
        assertEquals(Notice.Kind.NOTE, model.notice().get().kind());
        model.key(KeyCode.F, false, false);
        assertNull(library.placements().require(tiger.ref().id()).facingDegrees(), "F on the live view turns nothing");

        model.key(KeyCode.ENTER, false, false);
        model.key(KeyCode.F, false, false);
        assertEquals(0.0, library.placements().require(tiger.ref().id()).facingDegrees());
        assertNotNull(model.tagging().selected().get(), "the figure stays selected after F");
        model.key(KeyCode.F, false, false);
        assertEquals(90.0, library.placements().require(tiger.ref().id()).facingDegrees(), "a second F turns it again");
        model.key(KeyCode.B, false, false);
        assertTrue(library.placements().require(tiger.ref().id()).buried());
        assertEquals(tiger.ref().id(), model.tagging().selected().get().ref().id(), "still selected after B");
        Notice buried = model.notice().get();
        assertEquals("Recorded: bury or unbury tiger. Ctrl+Z takes it back.", buried.text());
        buried.undo().run();
        assertFalse(library.placements().require(tiger.ref().id()).buried(), "the notice's Undo takes it back");

        model.key(KeyCode.DELETE, false, false);
        assertTrue(library.placements().list(s.id()).isEmpty(), "Delete on the tagging view deletes the selected tag");
        assertEquals("Recorded: delete tiger. Ctrl+Z takes it back.", model.notice().get().text());
        model.key(KeyCode.Z, true, false);
        assertEquals(1, library.placements().list(s.id()).size(), "Ctrl+Z on the tagging view undoes the tagging edit");
        assertEquals(1, library.turns().list(s.id()).size(), "and leaves the turns alone");
    }

    @Test
    void aFinishedSessionKeepsItsRecord() {
        Session s = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        SessionConsoleModel model = model(s, Locale.SIMPLIFIED_CHINESE);
        model.key(KeyCode.P, false, false);
        model.key(KeyCode.X, false, false);
        answers.wrapUp = Optional.of(new Sessions.WrapUp("家", null, null, null));
        model.key(KeyCode.E, false, false);
        assertTrue(model.ended().get());

        model.key(KeyCode.Z, true, false);
        assertEquals(2, library.turns().list(s.id()).size(), "Ctrl+Z takes back no turn of an ended session");
        assertEquals("本次活动已结束：轮次不能再撤回。", model.notice().get().text());
        model.key(KeyCode.T, false, false);
        assertFalse(model.settleMode().get(), "T does not switch on settle mode in a finished session");
        model.settleMode().set(true);
        assertFalse(model.settleMode().get(), "nor does the button");
        model.key(KeyCode.D, false, false);
        assertEquals(2, library.turns().list(s.id()).size());
        model.capture();
        assertTrue(model.stills().isEmpty());
        assertEquals(Notice.Kind.NOTE, model.notice().get().kind());
        assertTrue(model.legend().get().startsWith("本次活动已结束"), model.legend().get());
    }

    /** "Placed by" is whoever's turn was just recorded; a still carries the round of the turn just recorded. */
    @Test
    void placedByAndTheStillsRoundFollowTheTurnJustRecorded() {
        Session s = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        SessionConsoleModel model = model(s, Locale.ENGLISH);
        model.key(KeyCode.P, false, false);
        model.key(KeyCode.SPACE, false, false);
        model.key(KeyCode.ENTER, false, false);
        answers.figure = "老虎";
        model.placeAt(new TrayPoint(0.2, 0.2));
        assertEquals("S1", answers.preselected, "the figure was placed by S1, whose turn was just recorded (not S2, who is next)");
        assertEquals("S1", library.placements().list(s.id()).get(0).studentCode());

        model.key(KeyCode.ESCAPE, false, false);
        model.key(KeyCode.X, false, false);   // S2 passes
        model.key(KeyCode.S, false, false);   // S3 places a set
        model.key(KeyCode.SPACE, false, false);
        assertEquals(1, model.stills().get(model.stills().size() - 1).round(),
                "a still after the last turn of round 1 shows round 1");
        assertEquals("Still " + model.stills().get(1).id() + " stored (round 1).", model.notice().get().text());
        model.key(KeyCode.ENTER, false, false);
        answers.figure = "小桥";
        model.placeAt(new TrayPoint(0.6, 0.6));
        assertEquals("S3", answers.preselected, "S3's set is not tagged yet");
        model.key(KeyCode.ESCAPE, false, false);
        model.key(KeyCode.P, false, false);   // round 2: S1
        assertEquals("S1", model.placedByDefault());
        model.key(KeyCode.Z, true, false);
        assertEquals("S3", model.placedByDefault(), "after taking back S1's turn, S3's set still has room");
        answers.figure = "船";
        model.key(KeyCode.ENTER, false, false);
        model.placeAt(new TrayPoint(0.7, 0.2));
        answers.figure = "松树";
        model.placeAt(new TrayPoint(0.1, 0.8));
        model.key(KeyCode.ESCAPE, false, false);
        model.key(KeyCode.P, false, false);   // round 2: S1 places
        model.key(KeyCode.X, false, false);   // S2 passes
        assertEquals("S1", model.placedByDefault(), "S1's figure is untagged; S2's pass placed nothing");
        model.key(KeyCode.ENTER, false, false);
        answers.figure = "花";
        model.placeAt(new TrayPoint(0.5, 0.5));
        assertEquals("S1", answers.preselected);
        assertEquals("S1", model.placedByDefault(), "every turn tagged: the last pupil who placed something, not S2 who passed");
    }

    @Test
    void aRuleRefusalIsACalmNoteAndAFailureADialog() {
        Session s = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        SessionConsoleModel model = model(s, Locale.ENGLISH);
        model.key(KeyCode.SPACE, false, false);
        model.key(KeyCode.ENTER, false, false);
        answers.figure = "老虎";
        model.placeAt(new TrayPoint(0.2, 0.2));
        model.key(KeyCode.ESCAPE, false, false);
        model.key(KeyCode.SPACE, false, false);
        model.tag(model.stills().get(0));
        model.tagging().select(model.tagging().markers().get(0));
        model.tag(model.stills().get(1));
        model.tagging().select(model.tagging().markers().get(0));
        model.tagging().remove(model.tagging().markers().get(0));  // removed on the later still
        model.tag(model.stills().get(0));
        model.tagging().select(model.tagging().markers().get(0));
        model.key(KeyCode.DELETE, false, false);
        assertEquals(Notice.Kind.NOTE, model.notice().get().kind());
        assertEquals("tiger is marked on later stills: remove it on the still where it is gone.", model.notice().get().text());
        assertTrue(answers.failures.isEmpty());
        assertEquals(1, library.placements().list(s.id()).size());
    }

    /**
     * The filmstrip's culling keys act only while it has the focus (P stars there, records a turn
     * elsewhere); each change is said with its Undo; Delete asks first and removes the still, its
     * marks and its file for good; the view shown and the legend follow.
     */
    @Test
    void filmstripKeysCullOnlyWhileItHasTheFocus() throws Exception {
        Session s = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        int[] frame = {0};
        StillCamera camera = sink -> {
            try (Mat m = new Mat()) {
                DemoTrayScene.standard(640, 360).render(m, 20_000L * frame[0]++);
                return CompletableFuture.completedFuture(sink.store(new CapturedStill(new StillEncoder(85).jpeg(m), 640, 360,
                        Instant.now(), "test")));
            } catch (java.io.IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        SessionConsoleModel model = new SessionConsoleModel(library, new Messages(Locale.ENGLISH), s.id(), camera, Background.direct(),
                answers);
        model.key(KeyCode.P, false, false);
        model.key(KeyCode.SPACE, false, false);
        model.key(KeyCode.X, false, false);
        model.key(KeyCode.SPACE, false, false);
        model.key(KeyCode.ENTER, false, false);
        answers.figure = "老虎";
        model.placeAt(new TrayPoint(0.3, 0.3));
        model.key(KeyCode.ESCAPE, false, false);
        assertEquals(2, model.stills().size());
        var first = model.stills().get(0);
        var second = model.stills().get(1);

        model.chosenStill().set(first);
        model.key(KeyCode.P, false, false);
        assertEquals(3, library.turns().list(s.id()).size(), "without the focus on the filmstrip, P records a turn");
        model.key(KeyCode.Z, true, false);

        model.filmstripFocused().set(true);
        assertTrue(model.legend().get().startsWith("Keys (filmstrip)"), model.legend().get());
        model.key(KeyCode.P, false, false);
        assertEquals(2, library.turns().list(s.id()).size(), "with the focus on the filmstrip, P records no turn");
        assertTrue(library.stills().require(first.id()).starred());
        assertEquals("Still " + first.id() + " starred.", model.notice().get().text());
        assertTrue(model.stills().get(0).starred(), "the filmstrip shows the star");
        assertEquals(first.id(), model.chosenStill().get().id(), "the still stays chosen");
        model.key(KeyCode.Z, true, false);
        assertFalse(library.stills().require(first.id()).starred(), "Ctrl+Z in the filmstrip takes the star back");

        model.key(KeyCode.X, false, false);
        assertTrue(library.stills().require(first.id()).rejected());
        assertEquals(2, library.turns().list(s.id()).size(), "X rejects the still, it is not a pass");
        model.notice().get().undo().run();
        assertFalse(library.stills().require(first.id()).rejected(), "the notice's Undo restores it");

        model.key(KeyCode.S, false, false);
        assertEquals(2, library.turns().list(s.id()).size());
        assertEquals("S is a key of the view: the filmstrip has the focus (press Esc to leave it).", model.notice().get().text());

        model.key(KeyCode.F, false, false);
        assertEquals(first.id(), library.stills().finalOf(s.id()).orElseThrow().id());
        model.chosenStill().set(model.stills().get(1));
        model.key(KeyCode.X, false, false);
        assertEquals(Notice.Kind.DONE, model.notice().get().kind());
        model.chosenStill().set(model.stills().get(0));
        model.key(KeyCode.X, false, false);
        assertEquals(Notice.Kind.NOTE, model.notice().get().kind(), "the final tray is not rejected: a calm note");
        assertTrue(answers.failures.isEmpty());

        // delete the still that is being tagged: asked, then gone with its mark, figure and file
        model.chosenStill().set(model.stills().get(1));
        model.filmstripFocused().set(false);
        model.key(KeyCode.ENTER, false, false);
        assertEquals(second.id(), model.taggedStill().get().id());
        model.filmstripFocused().set(true);
        answers.delete = false;
        model.key(KeyCode.DELETE, false, false);
        assertEquals(1, answers.deletionAsked.marks());
        assertEquals(1, answers.deletionAsked.placements());
        assertTrue(library.stills().byId(second.id()).isPresent(), "cancelled: kept");
        answers.delete = true;
        java.nio.file.Path file = dir.resolve("stills").resolve(second.contentHash().substring(0, 2)).resolve(second.fileName());
        assertTrue(java.nio.file.Files.isRegularFile(file));
        List<Long> forgotten = new ArrayList<>();
        model.onStillDeleted(forgotten::add);
        model.key(KeyCode.DELETE, false, false);
        assertTrue(library.stills().byId(second.id()).isEmpty());
        assertFalse(java.nio.file.Files.exists(file), "its file is gone");
        assertTrue(library.placements().list(s.id()).isEmpty(), "the figure tagged on it alone went with it");
        assertEquals(List.of(second.id()), forgotten, "views are told to drop it");
        assertNull(model.taggedStill().get(), "the deleted still is no longer shown");
        assertEquals(SessionConsoleModel.Screen.LIVE, model.screen().get());
        assertNull(model.notice().get().undo(), "a deletion has no Undo: the question said so");
        assertTrue(library.check().run(true).ok(), () -> "check is clean after: " + library.check().run(true));

        model.key(KeyCode.ESCAPE, false, false);
        assertFalse(model.filmstripFocused().get());
        assertTrue(model.legend().get().startsWith("Keys (live view)"), model.legend().get());
    }

    private SessionConsoleModel model(Session s, Locale locale) {
        StillCamera camera = sink -> {
            try {
                return CompletableFuture.completedFuture(sink.store(new CapturedStill(JPEG, 640, 360, Instant.now(), "test")));
            } catch (java.io.IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        return new SessionConsoleModel(library, new Messages(locale), s.id(), camera, Background.direct(), answers);
    }

    private static byte[] demoJpeg() {
        try (Mat frame = new Mat()) {
            DemoTrayScene.standard(640, 360).render(frame, 0);
            return new StillEncoder(85).jpeg(frame);
        }
    }

    /** The counselor's answers to the console's dialogs. */
    private final class Answers implements ConsoleDialogs {
        boolean consent = true;
        int consentAsked;
        Optional<Sessions.WrapUp> wrapUp = Optional.empty();
        String figure;
        String preselected;
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public boolean photoWithoutConsent(String names) {
            consentAsked++;
            return consent;
        }

        @Override
        public Optional<Sessions.WrapUp> wrapUp(Session session) { return wrapUp; }

        @Override
        public Optional<FigureChooser.Choice> chooseFigure(List<String> participants, Function<String, String> names, String pre) {
            preselected = pre;
            return Optional.of(new FigureChooser.Choice(library.figures().require(figure), pre));
        }

        boolean delete;
        org.sandtray.library.Stills.Deletion deletionAsked;

        @Override
        public boolean confirmDeleteStill(org.sandtray.library.Stills.Deletion would) {
            deletionAsked = would;
            return delete;
        }

        @Override
        public void failure(Throwable error) { failures.add(error); }
    }
}
