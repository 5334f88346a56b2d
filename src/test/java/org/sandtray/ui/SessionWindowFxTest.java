package org.sandtray.ui;

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

    @BeforeEach
    void openWindow() throws Exception {
        library = Library.create(dir, "test");
        UiFixtures.club(library, true);
        stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(library, new Messages(Locale.SIMPLIFIED_CHINESE),
                Background.javafx(Executors.newSingleThreadExecutor()), SourceSpec.parse("demo"), Settings.DEFAULTS);
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
        assertEquals("S2", placed.studentCode(), "the student defaults to whose turn it is");
        assertEquals(0.25, placed.firstPosition().x(), 0.02);

        // the canvas is laid out again when the status line changes: aim where the marker is now
        robot.drag(onCanvas(canvas, session, 0.25, 0.5), MouseButton.PRIMARY).dropTo(onCanvas(canvas, session, 0.7, 0.5));
        waitUntil(() -> Math.abs(library.placements().list(session.id()).get(0).firstPosition().x() - 0.7) < 0.03);
        assertEquals(MarkEvent.PLACED, library.placements().list(session.id()).get(0).marks().get(0).event(),
                "a drag on the still where it was placed corrects the spot");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> Math.abs(library.placements().list(session.id()).get(0).firstPosition().x() - 0.25) < 0.02);

        robot.type(KeyCode.ESCAPE);
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
                .filter(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .findFirst().ifPresent(robot::clickOn);
        waitUntil(() -> !library.sessions().require(session.id()).open());
        Session ended = library.sessions().require(session.id());
        assertEquals("森林里的家", ended.title());
        assertEquals("小老虎回家了", ended.story());
        assertEquals(1, library.stills().list(session.id()).size());
        TrayPoint at = library.placements().list(session.id()).get(0).lastPosition();
        assertEquals(0.25, at.x(), 0.02);
    }

    private boolean framesArrived() {
        return window.console() != null;
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
