package org.sandtray.ui.roster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Figure;
import org.sandtray.library.Library;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Students and Figures screens' long work, without a screen: a roster import and a figure's
 * reference photo go through the task executor (a worker thread; the result comes back to the UI
 * thread, here a queue the test runs), with a real library, a real CSV and real image files.
 */
class RosterAndPhotoTest {
    @TempDir
    Path dir;
    private Library library;
    private ExecutorService pool;
    private final AtomicInteger handedToWorker = new AtomicInteger();
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private Background background;
    private final List<Notice> notes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final Messages messages = new Messages(Locale.ENGLISH);

    @BeforeEach
    void open() {
        library = Library.create(dir.resolve("library"), "test");
        pool = Executors.newSingleThreadExecutor();
        background = new Background(r -> {
            handedToWorker.incrementAndGet();
            pool.execute(r);
        }, ui::add);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        library.close();
    }

    private void pumpUiThread() throws InterruptedException {
        Runnable r = ui.poll(20, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("the task never came back to the UI thread");
        r.run();
    }

    @Test
    void aRosterIsImportedOnAWorkerAndSaidInALine() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "code,name,grade,class,photo_consent\nS01,王小明,五年级,3班,yes\nS02,李雨桐,五年级,3班,no\n",
                StandardCharsets.UTF_8);
        int[] finished = {0};
        new RosterImport(library, messages, background).start(csv, notes::add, failures::add, () -> finished[0]++);
        assertEquals(1, handedToWorker.get(), "the import is handed to the task executor");
        assertEquals(1, background.running().get(), "and counts as running (the progress bar)");
        pumpUiThread();
        assertEquals(1, finished[0]);
        assertEquals(2, library.students().list().size());
        assertEquals(List.of(Notice.done("Roster imported: 2 added, 0 updated, 0 unchanged.", null)), notes);
        assertTrue(failures.isEmpty());
        assertEquals(0, background.running().get());
    }

    @Test
    void aRosterWithBadRowsImportsNothingAndListsThemCalmly() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "code,name,grade,class,photo_consent\nS01,王小明,五年级,3班,yes\nS01,李雨桐,五年级,3班,maybe\n",
                StandardCharsets.UTF_8);
        new RosterImport(library, messages, background).start(csv, notes::add, failures::add, () -> { });
        pumpUiThread();
        assertTrue(library.students().list().isEmpty(), "nothing imported");
        assertEquals(1, notes.size());
        assertEquals(Notice.Kind.NOTE, notes.get(0).kind(), "bad rows are a note, not the red dialog");
        assertTrue(notes.get(0).text().startsWith("1 bad row(s): nothing was imported."), notes.get(0).text());
        assertTrue(notes.get(0).text().contains("line 3: the code S01 is used twice"), notes.get(0).text());
        assertTrue(failures.isEmpty());
    }

    @Test
    void aFigurePhotoIsStoredOnAWorkerAndANonJpegIsRefusedCalmly() throws Exception {
        Figure tiger = library.figures().require("老虎");
        int[] reloaded = {0};
        FigurePhoto photo = new FigurePhoto(library, messages, background);

        photo.store(tiger, Path.of("fixtures/real/smarties.png"), notes::add, failures::add, () -> reloaded[0]++);
        pumpUiThread();
        assertEquals(List.of(Notice.note("a reference photo must be a JPEG image")), notes);
        assertNull(library.figures().require("老虎").photoHash(), "a PNG is not stored");
        assertEquals(0, reloaded[0]);

        notes.clear();
        photo.store(tiger, Path.of("fixtures/real/stuff.jpg"), notes::add, failures::add, () -> reloaded[0]++);
        assertEquals(2, handedToWorker.get(), "each photo goes through the task executor");
        pumpUiThread();
        assertEquals(List.of(Notice.done("Reference photo stored for tiger.", null)), notes);
        assertEquals(64, library.figures().require("老虎").photoHash().length());
        assertEquals(1, reloaded[0]);
        assertTrue(failures.isEmpty());
    }
}
