package org.sandtray.ui;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs long work off the JavaFX thread and hands the result back to it. Tests use
 * {@link #direct()}, which runs everything at once on the caller's thread.
 */
public final class Background {
    private final Executor work;
    private final Executor ui;

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

    public <T> void run(Supplier<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        CompletableFuture.supplyAsync(task, work).whenComplete((value, error) -> ui.execute(() -> {
            if (error != null) onError.accept(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : error);
            else onDone.accept(value);
        }));
    }

    public void ui(Runnable r) { ui.execute(r); }
}
