package org.sandtray.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.SourceSpec;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Students;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.*;

/** The window on a library whose database a disk damaged: it opens read-only, with a banner saying what to do. */
class DamagedLibraryWindowTest {
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
    void aDamagedLibraryOpensReadOnlyWithABanner() throws Exception {
        try (Library sound = Library.create(dir, "test")) {
            UiFixtures.club(sound, true);
        }
        // the last page of the file (an index or table page): overwritten as a failing disk would
        Path db = dir.resolve("library.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = f.length() / 4096;
            for (long page = 2; page < pages; page += 3) {
                f.seek(page * 4096);
                f.write(new byte[4096]);
            }
        }
        byte[] before = Files.readAllBytes(db);
        library = Library.openEvenIfDamaged(dir, "window");
        assertTrue(library.damaged());

        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext context = new AppContext(library, new Messages(Locale.SIMPLIFIED_CHINESE),
                Background.javafx(Executors.newSingleThreadExecutor()), SourceSpec.parse("demo"), Settings.DEFAULTS);
        FxToolkit.setupStage(s -> {
            window = new MainWindow(context, Settings.DEFAULTS, x -> { });
            window.showIn(s);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = new FxRobot().lookup("#damagedBanner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("只读") && banner.getText().contains("salvage") && banner.getText().contains("备份"), banner.getText());

        LibraryException refused = assertThrows(LibraryException.class, () -> library.students().add(new Students.Draft("S9", "新同学",
                null, null, Consent.none(ConsentKind.PARTICIPATION), Consent.none(ConsentKind.PHOTO))));
        assertEquals("library.damagedReadOnly", refused.problem().key());
        assertTrue(new Messages(Locale.SIMPLIFIED_CHINESE).problem(refused).contains("只读"));
        assertArrayEquals(before, Files.readAllBytes(db), "nothing was written to the damaged database");
        assertNotNull(stage);
    }
}
