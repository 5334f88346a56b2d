package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code remove}: a placed figure is gone from the tray from a still on. */
@Command(name = "remove", description = "Record that a placed figure was taken out of the tray, as seen on a still.")
final class RemoveCommand extends LibraryCommand {
    @Option(names = "--placement", required = true, paramLabel = "ID") long placement;
    @Option(names = "--still", required = true, paramLabel = "ID") long still;
    @Option(names = "--turn", paramLabel = "ID", description = "The turn it happened in; the member whose turn it was is recorded as who did it "
            + "(default: the latest move or adjust turn since the figure's previous mark, else the still's turn).")
    Long turn;

    @Override
    int run(Library library) {
        library.placements().remove(placement, still, turn);
        output().value(placement);
        return 0;
    }
}
