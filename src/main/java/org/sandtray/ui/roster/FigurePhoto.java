package org.sandtray.ui.roster;

import org.sandtray.domain.Figure;
import org.sandtray.library.Library;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A reference photo for a figure: read, checked (a whole JPEG) and stored on a worker thread, then
 * said in a line. A file that is not a JPEG is refused calmly. A plain class: tested without a screen.
 */
public final class FigurePhoto {
    private final Library library;
    private final Messages messages;
    private final Background background;

    public FigurePhoto(Library library, Messages messages, Background background) {
        this.library = library;
        this.messages = messages;
        this.background = background;
    }

    /** @param finished called on the UI thread when the photo is stored (to show the new state) */
    public void store(Figure figure, Path file, Consumer<Notice> notes, Consumer<Throwable> failures, Runnable finished) {
        background.task(messages.get("task.figurePhoto", file.getFileName()), progress -> {
            // checked whole and decoded, and only a JPEG: the library refuses anything else with a calm note
            library.figures().setPhoto(figure.id(), file);
            return true;
        }, stored -> {
            notes.accept(Notice.done(messages.get("notice.figurePhoto", figure.displayName(messages.chinese())), null));
            finished.run();
        }, error -> Alerts.route(messages, error, notes, failures));
    }
}
