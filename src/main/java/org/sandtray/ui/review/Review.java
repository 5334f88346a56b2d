package org.sandtray.ui.review;

import javafx.scene.Node;
import javafx.scene.Scene;
import org.sandtray.ui.AppContext;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The review screens of one window and the way back through them: a replay opened from a pupil's
 * year goes back to that year as it was left (its dates, its choices); the first review screen goes
 * back to where it was opened from (home, the students). One set of pictures serves them all.
 */
public final class Review implements ReviewNavigator {
    /** Decoded pictures kept for the review screens: about 50 full stills of 1280x960, or thousands of thumbnails. */
    public static final long IMAGE_BUDGET = 256L << 20;

    private final AppContext context;
    private final ReviewImages images;
    private final Supplier<Scene> scene;
    private final Consumer<Node> show;
    private final LongConsumer tag;
    private final Deque<ReviewScreen> earlier = new ArrayDeque<>();
    private ReviewScreen current;
    private Runnable exit;

    /**
     * @param show puts a screen in the window's centre
     * @param tag  opens a session's stills for tagging (the console)
     */
    public Review(AppContext context, ReviewImages images, Supplier<Scene> scene, Consumer<Node> show, LongConsumer tag) {
        this.context = context;
        this.images = images;
        this.scene = scene;
        this.show = show;
        this.tag = tag;
    }

    /** Review starts afresh from another screen; Back on its first screen runs {@code exit}. */
    public void enter(Runnable exitTo) {
        leave();
        this.exit = exitTo;
    }

    /** Another screen took the window: the review screen shown stops its keys, and the way back is forgotten. */
    public void leave() {
        if (current != null) current.hidden();
        current = null;
        earlier.clear();
    }

    public ReviewImages images() { return images; }

    /** The review screen on show, or null. */
    public ReviewScreen current() { return current; }

    @Override
    public void replay(long sessionId, int step, String followed) {
        open(new ReplayView(new ReplayModel(context.library(), context.messages(), context.background(), sessionId, step, followed),
                context.library(), context.messages(), images, this));
    }

    @Override
    public void studentYear(String code) {
        open(new StudentYearView(new StudentYearModel(context.library(), context.messages(), context.background(), code,
                Clock.systemDefaultZone()), context.library(), context.messages(), images, this));
    }

    @Override
    public void compare(long leftStill, long rightStill, String followed) {
        open(new CompareView(new CompareModel(context.library(), context.messages(), context.background(), leftStill, rightStill,
                followed), context.library(), context.messages(), images, this));
    }

    @Override
    public void tag(long sessionId) {
        leave();
        tag.accept(sessionId);
    }

    @Override
    public void back() {
        if (earlier.isEmpty()) {
            Runnable to = exit;
            leave();
            if (to != null) to.run();
            return;
        }
        if (current != null) current.hidden();
        current = earlier.pop();
        show.accept(current.view());
        current.shown(scene.get());
    }

    @Override
    public boolean canGoBack() {
        return current != null || exit != null;
    }

    private void open(ReviewScreen screen) {
        if (current != null) {
            current.hidden();
            earlier.push(current);
        }
        current = screen;
        show.accept(screen.view());
        screen.shown(scene.get());
    }
}
