package org.sandtray.ui;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.SourceSpec;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counselor's day in the real window (headless, Monocle, in Chinese): a pupil added by hand,
 * a figure found by its pinyin initials in the chooser that opens beside the click, and stills
 * starred, rejected and deleted from the filmstrip with its keys; then the library is read back.
 */
class DailyWindowFxTest {
    @TempDir
    Path dir;
    private Library library;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        library = org.sandtray.library.TestLibraries.create(dir, "test");
        UiFixtures.club(library, true);
        Stage stage = FxToolkit.registerPrimaryStage();
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
    void aPupilIsAddedByHand() throws Exception {
        robot.clickOn("学生");
        robot.clickOn("#addStudent");
        waitUntil(() -> robot.lookup("#studentCode").tryQuery().isPresent());
        robot.clickOn("#studentCode").write("S4");
        robot.clickOn("#studentName").write("陈思远");
        robot.clickOn("#studentGrade").write("六年级");
        clickDefaultButton();
        waitUntil(() -> library.students().byCode("S4").isPresent());
        assertEquals("陈思远", library.students().require("S4").name());
        assertEquals("陈思远（S4）已添加。", robot.lookup("#windowNoticeText").queryAs(javafx.scene.control.Label.class).getText());
        robot.clickOn("#windowNoticeUndo");
        waitUntil(() -> library.students().byCode("S4").isEmpty());
    }

    @Test
    void aFigureIsFoundByItsInitialsAndStillsAreCulledFromTheFilmstrip() throws Exception {
        Session session = library.sessions().startGroup("沙盘世界", null, List.of("S1", "S2", "S3"), Instant.now());
        FxToolkit.setupStage(s -> {
            window.openSession(session.id());
            s.requestFocus();
        });
        robot.type(KeyCode.P);
        waitUntil(() -> window.console().preview().framesShown() > 2);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> window.console().model().stills().size() == 1);
        Thread.sleep(6500); // the demo camera places its next figure: a different photo
        robot.type(KeyCode.SPACE);
        waitUntil(() -> window.console().model().stills().size() == 2);

        robot.type(KeyCode.ENTER);
        Canvas canvas = robot.lookup("#stillCanvas").queryAs(Canvas.class);
        waitUntil(() -> window.console().taggingView().ready() && canvas.getWidth() > 100);
        javafx.geometry.Point2D click = onCanvas(canvas, session, 0.3, 0.5);
        robot.clickOn(click);
        waitUntil(() -> robot.lookup("#figureQuery").tryQuery().isPresent());
        Window chooser = robot.lookup("#figureQuery").query().getScene().getWindow();
        waitUntil(() -> Math.abs(chooser.getX() - (click.getX() + 36)) < 2 || Math.abs(chooser.getX() + chooser.getWidth() - (click.getX() - 36)) < 2);
        assertFalse(chooser.getX() <= click.getX() && click.getX() <= chooser.getX() + chooser.getWidth()
                        && chooser.getY() <= click.getY() && click.getY() <= chooser.getY() + chooser.getHeight(),
                "the chooser opens beside the click, not over it: " + chooser.getX() + "," + chooser.getY() + " for " + click);
        assertTrue(chooser.getY() <= click.getY() && click.getY() <= chooser.getY() + chooser.getHeight(),
                "level with the click");
        robot.clickOn("#figureQuery").write("lh");
        waitUntil(() -> "lh".equals(robot.lookup("#figureQuery").queryAs(TextField.class).getText()));
        ListView<?> found = robot.lookup("#figureList").queryAs(ListView.class);
        try {
            waitUntil(() -> !found.getItems().isEmpty() && "老虎".equals(((org.sandtray.domain.Figure) found.getItems().get(0)).nameZh()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("found for lh: " + found.getItems().stream().limit(5).toList(), e);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> library.placements().list(session.id()).size() == 1);
        assertEquals("老虎", library.placements().list(session.id()).get(0).figureName(), "lh finds 老虎");
        ListView<?> markers = robot.lookup("#markerList").queryAs(ListView.class);
        waitUntil(() -> markers.getItems().size() == 1);

        // the filmstrip's keys act once it has the focus: click the first still, P stars it
        ListView<?> filmstrip = robot.lookup("#filmstrip").queryAs(ListView.class);
        // (the list also keeps a hidden cell it measures with: take a visible one that shows a still)
        Node firstCell = robot.lookup("#filmstrip .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() != null && UiFixtures.shown(c))
                .findFirst().orElseThrow();
        robot.clickOn(firstCell);
        waitUntil(filmstrip::isFocused);
        assertTrue(robot.lookup("#keyLegend").queryAs(javafx.scene.control.Label.class).getText().startsWith("快捷键（照片条）"));
        Still first = window.console().model().stills().get(0);
        Still second = window.console().model().stills().get(1);
        robot.type(KeyCode.P);
        waitUntil(() -> library.stills().require(first.id()).starred());
        assertEquals(1, library.turns().list(session.id()).size(), "P in the filmstrip records no turn");
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> window.console().model().chosenStill().get() != null
                && window.console().model().chosenStill().get().id() == second.id());
        robot.type(KeyCode.X);
        waitUntil(() -> library.stills().require(second.id()).rejected());

        Path file = dir.resolve("stills").resolve(second.contentHash().substring(0, 2)).resolve(second.fileName());
        assertTrue(Files.isRegularFile(file));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        robot.clickOn("#confirmDelete");
        waitUntil(() -> library.stills().byId(second.id()).isEmpty());
        assertFalse(Files.exists(file), "the still's file is gone");
        assertTrue(library.check().run(true).ok(), "check is clean");
        assertEquals(1, window.console().model().stills().size());
    }

    private void clickDefaultButton() {
        robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && b.isDefaultButton() && b.getScene().getWindow() != window.scene().getWindow())
                .findFirst().ifPresent(robot::clickOn);
    }

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
