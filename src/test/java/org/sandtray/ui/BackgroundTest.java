package org.sandtray.ui;

import org.junit.jupiter.api.Test;
import org.sandtray.library.LibraryException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's task executor: work off the UI thread, results and progress on it, counted while running. */
class BackgroundTest {
    /** A stand-in for the JavaFX thread: runs what it is handed when the test pumps it. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();

    private void pump(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            Runnable r = uiQueue.poll(10, TimeUnit.SECONDS);
            if (r == null) throw new AssertionError("nothing came back to the UI thread");
            r.run();
        }
    }

    @Test
    void aTaskRunsOnAWorkerAndItsResultComesBackToTheUiThread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));
        try {
            Background background = new Background(pool, uiQueue::add);
            List<String> seen = new ArrayList<>();
            background.task("import", progress -> {
                seen.add(Thread.currentThread().getName());
                progress.update(1, 4);
                return 42;
            }, value -> seen.add("done " + value + " on " + Thread.currentThread().getName()), e -> seen.add("failed"));
            assertEquals(1, background.running().get(), "counted from the moment it is handed in");
            assertEquals("import", background.title().get());
            pump(1);
            assertEquals(0.25, background.progress().get(), 1e-9, "progress reaches the UI thread");
            pump(1);
            assertEquals(List.of("worker", "done 42 on main"), seen);
            assertEquals(0, background.running().get());
            assertEquals(-1, background.progress().get());
            assertEquals("", background.title().get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsHandedOverUnwrappedAndTheTaskStopsCounting() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Background background = new Background(pool, uiQueue::add);
            List<Throwable> errors = new ArrayList<>();
            background.task("roster", p -> {
                throw new LibraryException("csv.noStudents");
            }, v -> { }, errors::add);
            pump(1);
            assertEquals(1, errors.size());
            assertTrue(errors.get(0) instanceof LibraryException, errors.get(0).toString());
            assertEquals(0, background.running().get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedWindowRefusesWorkWithoutLeavingATaskCounted() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        Background background = new Background(pool, Runnable::run);
        List<Throwable> errors = new ArrayList<>();
        background.task("demo", p -> 1, v -> { }, errors::add);
        assertEquals(1, errors.size());
        assertEquals(0, background.running().get());
    }

    @Test
    void directRunsEverythingAtOnceForViewModelTests() {
        Background background = Background.direct();
        String[] result = new String[1];
        background.task("now", p -> Thread.currentThread().getName(), v -> result[0] = v, e -> { });
        assertEquals(Thread.currentThread().getName(), result[0]);
        assertEquals(0, background.running().get());
        background.run(() -> "quiet", v -> result[0] = v, e -> { });
        assertEquals("quiet", result[0]);
        assertNotEquals(null, result[0]);
    }
}
