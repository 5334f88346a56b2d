package org.sandtray.ui.session;

import org.sandtray.domain.Still;
import org.sandtray.domain.StillPick;
import org.sandtray.library.Library;
import org.sandtray.library.Stills;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Culling the session's stills from the filmstrip, as photographers do: star a good one, reject a
 * bad one (hidden from review and export, kept), choose the final tray, or delete one for good
 * after asking (a photo that caught a child's face). Each change is said in a notice with its Undo;
 * a deletion is asked first and says that it cannot be undone. A plain class, tested without a screen.
 */
public final class StillCulling {
    private final Library library;
    private final Messages messages;
    private final Predicate<Stills.Deletion> confirmDelete;
    private final Consumer<Notice> notices;
    private final Runnable refresh;
    private final LongConsumer deleted;

    /**
     * @param confirmDelete asks the counselor before a deletion (what it takes with it is given)
     * @param refresh       reloads the stills after a change
     * @param deleted       told the id of a still deleted for good (to drop it from every view and cache)
     */
    public StillCulling(Library library, Messages messages, Predicate<Stills.Deletion> confirmDelete, Consumer<Notice> notices,
                        Runnable refresh, LongConsumer deleted) {
        this.library = library;
        this.messages = messages;
        this.confirmDelete = confirmDelete;
        this.notices = notices;
        this.refresh = refresh;
        this.deleted = deleted;
    }

    /** The filmstrip's culling keys: P, X, U, F and Delete (or Backspace). */
    public static boolean isKey(javafx.scene.input.KeyCode code) {
        return switch (code) {
            case P, X, U, F, DELETE, BACK_SPACE -> true;
            default -> false;
        };
    }

    /** What a culling key does to the still chosen. */
    public void act(javafx.scene.input.KeyCode code, Still still) {
        switch (code) {
            case P -> star(still);
            case X -> reject(still);
            case U -> clear(still);
            case F -> toggleFinal(still);
            case DELETE, BACK_SPACE -> delete(still);
            default -> throw new IllegalArgumentException("not a culling key: " + code);
        }
    }

    /** P: starred, or back to neither when it already was. */
    public void star(Still still) {
        pick(still, still.starred() ? StillPick.NONE : StillPick.STARRED);
    }

    /** X: rejected, or restored when it already was. */
    public void reject(Still still) {
        pick(still, still.rejected() ? StillPick.NONE : StillPick.REJECTED);
    }

    /** U: neither starred nor rejected. */
    public void clear(Still still) {
        pick(still, StillPick.NONE);
    }

    private void pick(Still still, StillPick pick) {
        Still before = library.stills().setPick(still.id(), pick);
        refresh.run();
        if (before.pick() == pick) {
            notices.accept(Notice.note(messages.get("cull.unchanged", still.id())));
            return;
        }
        notices.accept(Notice.done(messages.get("cull." + pick.name().toLowerCase(java.util.Locale.ROOT), still.id()), () -> {
            library.stills().setPick(still.id(), before.pick());
            refresh.run();
            notices.accept(Notice.done(messages.get("cull.undone", still.id()), null));
        }));
    }

    /** F: this still shows the final tray; on the chosen one, the choice is taken back (the default counts again). */
    public void toggleFinal(Still still) {
        Long chosen = still.finalTray() ? null : still.id();
        Long before = library.stills().setFinal(still.sessionId(), chosen);
        refresh.run();
        String text = chosen != null ? messages.get("cull.final", still.id())
                : messages.get("cull.finalUnset", library.stills().finalOf(still.sessionId()).map(s -> "#" + s.id()).orElse("—"));
        notices.accept(Notice.done(text, () -> {
            library.stills().setFinal(still.sessionId(), before);
            refresh.run();
            notices.accept(Notice.done(messages.get("cull.finalUndone"), null));
        }));
    }

    /**
     * Delete: asks first, saying what goes with the still and that it cannot be undone; then the
     * row, its marks, the figures tagged on it alone and its file are removed for good.
     *
     * @return whether it was deleted
     */
    public boolean delete(Still still) {
        Stills.Deletion would = library.stills().deletionOf(still.id());
        if (!confirmDelete.test(would)) {
            notices.accept(Notice.note(messages.get("cull.deleteCancelled", still.id())));
            return false;
        }
        Stills.Deletion done;
        try {
            done = library.stills().delete(still.id());
        } finally {
            // whatever happened to the file, the row may be gone: no view keeps showing it
            deleted.accept(still.id());
            refresh.run();
        }
        notices.accept(Notice.done(messages.get("cull.deleted", still.id(), done.marks()), null));
        return true;
    }
}
