package org.sandtray.ui.export;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.SourceSpec;
import org.sandtray.export.CaseLibraries;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real clicks in the export window (headless): the pictures are checked, a region drawn and removed, the export written. */
class ExportDialogFxTest {
    @TempDir
    Path tmp;
    CaseLibraries.Club club;
    ExportDialog dialog;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        club = CaseLibraries.create(tmp.resolve("library"));
        Stage owner = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(club.library(), new Messages(Locale.SIMPLIFIED_CHINESE),
                Background.javafx(Executors.newFixedThreadPool(2)), SourceSpec.parse("demo"), Settings.DEFAULTS);
        FxToolkit.setupFixture(() -> {
            dialog = ExportDialog.show(context, owner, club.groupSession(), null);
            dialog.folder(tmp.resolve("研讨会"));
            dialog.stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.stage().close());
        FxToolkit.cleanupStages();
        club.library().close();
    }

    @Test
    void aCounselorChecksThePicturesAddsABlurAndExports() throws Exception {
        ExportModel model = dialog.model();
        waitUntil(() -> model.state().get() == ExportModel.State.READY);
        assertEquals(3, model.items().size());
        // each picture's blurred preview arrives after READY and makes the list draw its cells anew: a cell
        // looked up before the last one arrived may be gone from the screen when the click lands
        waitUntil(() -> model.items().stream().allMatch(i -> i.shown().get() != null));
        // the list's cells are not in index order in the scene graph, and the list keeps a hidden cell it
        // measures with (it may carry any index): take the visible one showing the third picture
        robot.clickOn(robot.lookup("#exportPictures .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == 2 && c.getItem() == model.items().get(2) && org.sandtray.ui.UiFixtures.shown(c))
                .findFirst().orElseThrow());
        waitUntil(() -> model.selected().get() == 2);
        ExportModel.Item messi = model.items().get(2);
        int before = messi.regions().size();
        BlurCanvas canvas = dialog.blurCanvas();
        waitUntil(() -> canvas.canvas().getWidth() > 100 && canvas.fit()[2] > 100);

        robot.drag(on(canvas, 0.05, 0.6), MouseButton.PRIMARY).dropTo(on(canvas, 0.2, 0.9));
        waitUntil(() -> messi.regions().size() == before + 1);
        robot.clickOn(on(canvas, 0.12, 0.75));
        waitUntil(() -> messi.regions().size() == before);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> messi.regions().size() == before + 1);

        robot.clickOn("#exportWrite");
        waitUntil(() -> model.state().get() == ExportModel.State.DONE);
        assertTrue(robot.lookup("#exportOpenFolder").query().isVisible());
        assertTrue(Files.isRegularFile(tmp.resolve("研讨会/case-pack.pdf")));
        assertTrue(Files.isRegularFile(tmp.resolve("研讨会/stills/session1_still03_annotated.jpg")));
    }

    private Point2D on(BlurCanvas canvas, double fx, double fy) {
        double[] f = canvas.fit();
        return canvas.canvas().localToScreen(f[0] + fx * f[2], f[1] + fy * f[3]);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
