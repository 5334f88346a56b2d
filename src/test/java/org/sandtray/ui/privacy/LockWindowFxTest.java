package org.sandtray.ui.privacy;

import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.SourceSpec;
import org.sandtray.library.Library;
import org.sandtray.library.TestLibraries;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Background;
import org.sandtray.ui.MainWindow;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Settings;
import org.sandtray.ui.StillDecoder;
import org.sandtray.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The real window of an encrypted library locks after its idle minutes and opens only with the typed passphrase. */
class LockWindowFxTest {
    @TempDir
    Path dir;
    private Library library;
    private MainWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) FxToolkit.setupStage(s -> window.close());
        FxToolkit.cleanupStages();
        if (library != null) library.close();
    }

    @Test
    void theWindowHidesEverythingWhenIdleAndOpensWithThePassphrase() throws Exception {
        library = Library.create(dir, "test", TestLibraries.newKeys());
        UiFixtures.club(library, true);
        library.idleLock().setMinutes(1);
        AtomicLong now = new AtomicLong(0);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        IdleLock lock = new IdleLock(library, messages, now::get);
        AppContext context = new AppContext(library, messages, Background.javafx(Executors.newSingleThreadExecutor()),
                SourceSpec.parse("demo"), Settings.DEFAULTS, lock.guard(StillDecoder.of(library)));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            window = new MainWindow(context, Settings.DEFAULTS, x -> { }, lock);
            window.showIn(s);
            s.show();
            s.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        BorderPane main = (BorderPane) window.scene().getRoot().getChildrenUnmodifiable().get(0);
        assertTrue(main.isVisible());
        assertFalse(UiFixtures.shown(robot.lookup("#unlockPassphrase").query()), "no passphrase field while the window is open");

        now.set(61_000);
        FxToolkit.setupFixture(lock::tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lock.locked().get());
        assertFalse(main.isVisible(), "names and pictures leave the screen");
        PasswordField field = robot.lookup("#unlockPassphrase").queryAs(PasswordField.class);
        assertTrue(UiFixtures.shown(field), "the passphrase field is shown");

        robot.clickOn(field).write("not the passphrase");
        robot.clickOn(robot.lookup("#unlock").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lock.locked().get());
        assertFalse(main.isVisible());
        assertEquals(messages.get("lock.wrong"), lock.message().get());

        // the test passphrase has Chinese characters, which the headless robot cannot type: put them in the field
        FxToolkit.setupFixture(() -> field.setText(TestLibraries.PASSPHRASE));
        robot.clickOn(robot.lookup("#unlock").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lock.locked().get());
        assertTrue(main.isVisible());
    }
}
