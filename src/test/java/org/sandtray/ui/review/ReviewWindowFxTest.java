package org.sandtray.ui.review;

import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.capture.SourceSpec;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Background;
import org.sandtray.ui.MainWindow;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clicks through the review side of the real window (headless, Monocle), in Chinese: Students ->
 * a pupil's year -> a session -> its replay at the pupil's first turn -> a step -> back to the
 * year -> two stills compared, zoomed together.
 */
class ReviewWindowFxTest {
    @TempDir
    Path dir;
    private Library library;
    private ReviewFixture club;
    private long alone;
    private MainWindow window;
    private ExecutorService work;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        library = org.sandtray.library.TestLibraries.create(dir, "test");
        Instant t0 = Instant.now().minus(java.time.Duration.ofDays(2));
        club = new ReviewFixture(library, t0);
        Instant t1 = t0.plusSeconds(3600);
        alone = library.sessions().startIndividual("B", null, t1).id();
        long still = library.stills().add(SampleJpeg.textured(1280, 960, 77), new Stills.Meta(alone, t1.plusSeconds(60), null, null,
                null, "test")).id();
        library.placements().place(new Placements.Request(still, "栅栏", "B", new TrayPoint(0.9, 0.1), null, null, null, false, null, null));
        library.sessions().end(alone, new Sessions.WrapUp("我的家", null, null, null), t1.plusSeconds(900));

        Stage stage = FxToolkit.registerPrimaryStage();
        work = Executors.newFixedThreadPool(2);
        AppContext context = new AppContext(library, new Messages(Locale.SIMPLIFIED_CHINESE), Background.javafx(work),
                SourceSpec.parse("demo"), Settings.DEFAULTS);
        FxToolkit.setupStage(s -> {
            window = new MainWindow(context, Settings.DEFAULTS, x -> { });
            window.showIn(s);
            s.show();
            s.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupStage(s -> window.close());
        FxToolkit.cleanupStages();
        work.shutdownNow();
        library.close();
    }

    @Test
    void fromTheStudentsToAPupilsYearToAReplayAndToTwoStillsSideBySide() throws Exception {
        robot.clickOn("学生");
        TableCell<?, ?> row = robot.lookup(n -> n instanceof TableCell<?, ?> c && "学生B".equals(c.getText())).query();
        robot.doubleClickOn(row);
        waitUntil(() -> window.review().current() instanceof StudentYearView y && y.complete().get());
        StudentYearView year = (StudentYearView) window.review().current();
        assertEquals(2, year.model().cards().size(), "the group session and B's own session");
        assertTrue(robot.lookup("#yearHeadline").queryAs(Label.class).getText().startsWith("学生B（B）· 2 次活动"));
        assertTrue(year.thumbnails().stream().allMatch(TrayPicture::ready), "every final tray is shown with its photo");

        robot.clickOn(year.thumbnails().get(0));
        waitUntil(() -> window.review().current() instanceof ReplayView r && r.model().loaded().get() && r.picture().ready());
        ReplayView replay = (ReplayView) window.review().current();
        Label headline = robot.lookup("#replayHeadline").queryAs(Label.class);
        assertEquals("第 1 轮 · 第 2 位 · 学生B · 放沙具：小桥", headline.getText(), "the replay opens at B's first turn");
        assertEquals("第 2 / 6 个轮次", robot.lookup("#replayPosition").queryAs(Label.class).getText());
        assertEquals(2, replay.picture().picture().pins().size(), "the tiger and the bridge stand then");

        robot.type(KeyCode.RIGHT);
        waitUntil(() -> replay.picture().ready());
        assertEquals("第 1 轮 · 第 3 位 · 学生C · 跳过", headline.getText());
        assertEquals(club.stills.get(1), replay.picture().picture().still().id(), "the photo taken after C's pass");

        int turns = library.turns().list(club.session).size();
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(turns, library.turns().list(club.session).size(), "the turn keys are off in a replay");
        assertTrue(robot.lookup("#replayNoticeText").queryAs(Label.class).getText().contains("P 键在这里不记录任何内容"));

        robot.clickOn("#replayBack");
        waitUntil(() -> window.review().current() == year);
        robot.clickOn("#choose-" + club.session);
        robot.clickOn("#choose-" + alone);
        robot.clickOn("#yearCompare");
        waitUntil(() -> window.review().current() instanceof CompareView c && c.pictures().stream().allMatch(TrayPicture::ready));
        CompareView compare = (CompareView) window.review().current();
        assertEquals(club.stills.get(club.stills.size() - 1), compare.pictures().get(0).picture().still().id(), "the older tray on the left");
        assertEquals(java.util.List.of("栅栏"), compare.pictures().get(1).picture().pins().stream().map(Pin::figure).toList());

        // the wheel turned the way that zooms in (a positive delta: TestFX calls it DOWN under Monocle)
        robot.moveTo(compare.pictures().get(0)).scroll(3, VerticalDirection.DOWN);
        waitUntil(() -> compare.model().viewport().zoom().get() > 1.2);
        assertTrue(robot.lookup("#compareZoom").queryAs(Label.class).getText().contains("放大"));
        robot.type(KeyCode.DIGIT0);
        waitUntil(() -> compare.model().viewport().zoom().get() == 1);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
