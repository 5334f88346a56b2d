package org.sandtray.ui.session;

import org.sandtray.domain.Session;
import org.sandtray.library.Sessions;
import org.sandtray.ui.tagging.FigureChooser;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the console asks the counselor in a dialog (as JabRef's DialogService): the view answers
 * with real dialogs, a test with answers of its own.
 */
public interface ConsoleDialogs {
    /** Before the first still: these pupils have no photo consent; go ahead? */
    boolean photoWithoutConsent(String names);

    /** The end-of-session form, or empty when the counselor cancels. */
    Optional<Sessions.WrapUp> wrapUp(Session session);

    /** Which figure was put down at the spot clicked, and by whom (preselected). */
    Optional<FigureChooser.Choice> chooseFigure(List<String> participants, Function<String, String> names, String preselected);

    /** Delete this still for good? What goes with it is given; the question says it cannot be undone. */
    boolean confirmDeleteStill(org.sandtray.library.Stills.Deletion would);

    /** A real failure (disk full, damaged library, unexpected fault): the red dialog. */
    void failure(Throwable error);
}
