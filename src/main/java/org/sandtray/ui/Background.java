package org.sandtray.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's one task executor (as JabRef's TaskExecutor): long work runs off the JavaFX thread
 * and its result comes back on it. A named task counts as running, with its progress, so the window
 * can show a progress bar while it lasts; quiet work (thumbnails) does not. Tests use
 * {@link #direct()}, which runs everything at once on the caller's thread.
 */
public final class Background {
    /** Long work; reports how far it is. Runs on a worker thread: it must not touch the scene. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How far a task is: {@code done} of {@code total} steps. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final Executor work;
    private final Executor ui;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    public Background(Executor work, Executor ui) {
        this.work = work;
        this.ui = ui;
    }

    /** Work on a pool thread, results on the JavaFX thread. */
    public static Background javafx(Executor work) {
        return new Background(work, Platform::runLater);
    }

    /** Everything on the caller's thread: for view-model tests. */
    public static Background direct() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Quiet work (no progress shown): the value to {@code onDone}, a failure to {@code onError}, both on the UI thread. */
    public <T> void run(Supplier<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        submit(p -> task.get(), onDone, onError, false);
    }

    /**
     * A named task: counted as running (with its title and progress) from now until its result is
     * handed back, so the window shows that something is under way.
     */
    public <T> void task(String taskTitle, Work<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        running.set(running.get() + 1);
        title.set(taskTitle);
        progress.set(-1);
        submit(task, onDone, onError, true);
    }

    private <T> void submit(Work<T> task, Consumer<T> onDone, Consumer<Throwable> onError, boolean counted) {
        AtomicBoolean progressPending = new AtomicBoolean();
        Progress reporter = (done, total) -> {
            if (!counted || total <= 0) return;
            double fraction = Math.min(1, (double) done / total);
            // the newest figure wins: at most one update waits on the UI thread
            if (progressPending.compareAndSet(false, true)) {
                ui.execute(() -> {
                    progressPending.set(false);
                    progress.set(fraction);
                });
            }
        };
        Runnable job = () -> {
            T value;
            try {
                value = task.run(reporter);
            } catch (Throwable e) {
                Throwable cause = e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e;
                ui.execute(() -> {
                    finished(counted);
                    onError.accept(cause);
                });
                return;
            }
            ui.execute(() -> {
                finished(counted);
                onDone.accept(value);
            });
        };
        try {
            work.execute(job);
        } catch (RejectedExecutionException e) {
            // the window is closing: say so where the task's failures go
            finished(counted);
            onError.accept(e);
        }
    }

    private void finished(boolean counted) {
        if (!counted) return;
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            title.set("");
            progress.set(-1);
        }
    }

    /** Runs on the UI thread (at once in tests). */
    public void ui(Runnable r) { ui.execute(r); }

    /** How many named tasks are under way. */
    public ReadOnlyIntegerProperty running() { return running.getReadOnlyProperty(); }

    /** The title of the newest named task under way, empty when none. */
    public ReadOnlyStringProperty title() { return title.getReadOnlyProperty(); }

    /** Fraction done of the newest named task, or -1 when unknown. */
    public ReadOnlyDoubleProperty progress() { return progress.getReadOnlyProperty(); }
}
