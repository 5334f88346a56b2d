package org.sandtray.cli;

import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code move}: a placed figure stands elsewhere on a later still. */
@Command(name = "move", description = "Record that a placed figure was moved, as seen on a still.")
final class MoveCommand extends LibraryCommand {
    @Option(names = "--placement", required = true, paramLabel = "ID") long placement;
    @Option(names = "--still", required = true, paramLabel = "ID") long still;
    @Option(names = "--turn", paramLabel = "ID", description = "The turn it happened in; the member whose turn it was is recorded as who did it "
            + "(default: the latest move or adjust turn since the figure's previous mark, else the still's turn).")
    Long turn;
    @Option(names = "--at", required = true, paramLabel = "X,Y", converter = TrayPointConverter.class) TrayPoint at;

    @Override
    int run(Library library) {
        library.placements().move(placement, still, at, turn);
        output().value(placement);
        return 0;
    }
}
