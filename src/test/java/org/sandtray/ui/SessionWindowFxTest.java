package org.sandtray.ui;

import org.sandtray.library.TestLibraries;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.SourceSpec;
import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clicks through the real window (headless, Monocle): a group session on the demo camera,
 * a still by Space, a placement tagged by clicking and choosing a figure, dragged (a move),
 * Ctrl+Z (the move undone), X (a pass), E and a title: then reads what the library holds.
 */
class SessionWindowFxTest {
    @TempDir
    Path dir;
    private Library library;
    private Stage stage;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();
    private final java.util.concurrent.atomic.AtomicInteger decodes = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Long> decodedOnFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openWindow() throws Exception {
        library = TestLibraries.create(dir, "test");
        UiFixtures.club(library, true);
        stage = FxToolkit.registerPrimaryStage();
        StillDecoder real = StillDecoder.of(library);
        StillDecoder watched = (still, width) -> {
            decodes.incrementAndGet();
            if (javafx.application.Platform.isFxApplicationThread()) decodedOnFxThread.add(still.id());
            return real.decode(still, width);
        };
        AppContext context = new AppContext(library, new Messages(Locale.SIMPLIFIED_CHINESE),
                Background.javafx(Executors.newSingleThreadExecutor()), SourceSpec.parse("demo"), Settings.DEFAULTS, watched);
        FxToolkit.setupStage(s -> {
            window = new MainWindow(context, Settings.DEFAULTS, x -> { });
            window.showIn(s);
            s.show();
            s.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupStage(s -> window.close());
        FxToolkit.cleanupStages();
        library.close();
    }

    @Test
    void aCounselorRecordsAGroupSessionFromTheKeyboard() throws Exception {
        Session session = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        FxToolkit.setupStage(s -> {
            window.openSession(session.id());
            s.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("#turnHeadline").queryAs(Label.class);
        assertEquals("第 1 轮 · 轮到 王小明", headline.getText());

        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("第 1 轮 · 轮到 李雨桐", headline.getText());
        assertEquals("已记录：王小明，放沙具。按 Ctrl+Z 可撤回。", robot.lookup("#noticeText").queryAs(Label.class).getText(),
                "the turn is said on screen, with its undo");

        waitUntil(() -> window.console().model().stills().isEmpty() && framesArrived());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> window.console().model().stills().size() == 1);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Canvas canvas = robot.lookup("#stillCanvas").queryAs(Canvas.class);
        waitUntil(() -> canvas.getWidth() > 100);
        robot.clickOn(onCanvas(canvas, session, 0.25, 0.5));
        waitUntil(() -> robot.lookup("#figureQuery").tryQuery().isPresent());
        robot.clickOn("#figureQuery").write("tiger");
        waitUntil(() -> "tiger".equals(robot.lookup("#figureQuery").queryAs(javafx.scene.control.TextField.class).getText()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> library.placements().list(session.id()).size() == 1);
        Placement placed = library.placements().list(session.id()).get(0);
        assertEquals("老虎", placed.figureName());
        assertEquals("S1", placed.studentCode(), "the student defaults to whose turn was just recorded (P by 王小明)");
        assertEquals(0.25, placed.firstPosition().x(), 0.02);

        // the canvas is laid out again when the status line changes: aim where the marker is now
        robot.drag(onCanvas(canvas, session, 0.25, 0.5), MouseButton.PRIMARY).dropTo(onCanvas(canvas, session, 0.7, 0.5));
        waitUntil(() -> Math.abs(library.placements().list(session.id()).get(0).firstPosition().x() - 0.7) < 0.03);
        assertEquals(MarkEvent.PLACED, library.placements().list(session.id()).get(0).marks().get(0).event(),
                "a drag on the still where it was placed corrects the spot");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> Math.abs(library.placements().list(session.id()).get(0).firstPosition().x() - 0.25) < 0.02);

        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, library.placements().list(session.id()).size(), "Delete on the live view removes no figure");
        assertTrue(robot.lookup("#notice").query().getStyleClass().contains("notice-note"), "it says so calmly");
        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        List<Turn> turns = library.turns().list(session.id());
        assertEquals(List.of("place", "pass"), turns.stream().map(t -> t.action().code()).toList());
        assertEquals("S2", turns.get(1).studentCode());

        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#wrapTitle").tryQuery().isPresent());
        robot.clickOn("#wrapTitle").write("森林里的家");
        robot.clickOn("#wrapStory").write("小老虎回家了");
        robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton() && org.testfx.util.NodeQueryUtils.isVisible().test(b))
                .findFirst().ifPresent(robot::clickOn);
        waitUntil(() -> !library.sessions().require(session.id()).open());
        Session ended = library.sessions().require(session.id());
        assertEquals("森林里的家", ended.title());
        assertEquals("小老虎回家了", ended.story());
        assertEquals(1, library.stills().list(session.id()).size());
        TrayPoint at = library.placements().list(session.id()).get(0).lastPosition();
        assertEquals(0.25, at.x(), 0.02);
        assertTrue(decodes.get() >= 2, "the filmstrip and the tagging view decoded the still");
        assertEquals(List.of(), decodedOnFxThread, "no still is decoded on the JavaFX thread");
    }

    /**
     * Live frames really reached the preview's pixels: the image shown matches the demo camera's
     * scene (sampled on a grid; a hand or a figure may cover a few samples), not an empty buffer.
     */
    private boolean framesArrived() {
        if (window.console() == null || window.console().preview().framesShown() < 2) return false;
        javafx.scene.image.Image shown = window.console().preview().view().getImage();
        if (shown == null) return false;
        javafx.scene.image.PixelReader reader = shown.getPixelReader();
        org.sandtray.capture.DemoTrayScene scene = org.sandtray.capture.Sources.demoScene();
        int matching = 0;
        int samples = 0;
        try (org.bytedeco.opencv.opencv_core.Mat expected = new org.bytedeco.opencv.opencv_core.Mat()) {
            scene.render(expected, 0);
            assertEquals(scene.width(), (int) shown.getWidth());
            org.bytedeco.javacpp.indexer.UByteIndexer bgr = expected.createIndexer();
            for (int gx = 1; gx < 10; gx++) {
                for (int gy = 1; gy < 10; gy++) {
                    int x = gx * scene.width() / 10;
                    int y = gy * scene.height() / 10;
                    int argb = reader.getArgb(x, y);
                    int difference = Math.abs(((argb >> 16) & 0xFF) - bgr.get(y, x, 2)) + Math.abs(((argb >> 8) & 0xFF) - bgr.get(y, x, 1))
                            + Math.abs((argb & 0xFF) - bgr.get(y, x, 0));
                    if ((argb >>> 24) == 0xFF && difference < 12) matching++;
                    samples++;
                }
            }
            bgr.close();
        }
        return matching > samples * 3 / 4;
    }

    /** Where a tray spot is on screen: through the session's tray setup (the demo camera's rim), scaled to the canvas. */
    private javafx.geometry.Point2D onCanvas(Canvas canvas, Session session, double x, double y) {
        var setup = library.traySetups().byId(library.sessions().require(session.id()).traySetupId()).orElseThrow();
        var pixel = new org.sandtray.vision.TrayMapping(setup).toImage(new TrayPoint(x, y));
        double scale = canvas.getWidth() / setup.imageWidth();
        return canvas.localToScreen(pixel.x() * scale, pixel.y() * scale);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
