package org.sandtray.cli;

import org.sandtray.domain.Placement;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code place}: tags a figure's placement on a still; prints the placement id. */
@Command(name = "place", description = "Tag where a figure was placed on a still (tray units 0..1); prints the placement id.")
final class PlaceCommand extends LibraryCommand {
    @Option(names = "--still", required = true, paramLabel = "ID") long still;
    @Option(names = "--figure", required = true, paramLabel = "NAME") String figure;
    @Option(names = "--student", required = true, paramLabel = "CODE") String student;
    @Option(names = "--at", required = true, paramLabel = "X,Y", converter = TrayPointConverter.class) TrayPoint at;
    @Option(names = "--box", paramLabel = "W,H", description = "Size of the box around the figure, tray units.") String box;
    @Option(names = "--facing", paramLabel = "DEG", description = "Direction it faces: 0 up (away from the counselor), 90 right.")
    Double facing;
    @Option(names = "--buried", description = "Buried or hidden in the sand.") boolean buried;
    @Option(names = "--turn", paramLabel = "ID", description = "The turn it was placed in (default: the student's latest place or set turn).")
    Long turn;
    @Option(names = "--note") String note;

    @Override
    int run(Library library) {
        Double w = null;
        Double h = null;
        if (box != null) {
            double[] wh = TrayPointConverter.pair(box, "W,H");
            w = wh[0];
            h = wh[1];
        }
        Placement p = library.placements().place(new Placements.Request(still, figure, student, at, w, h, facing, buried, turn, note));
        output().value(p.id());
        return 0;
    }
}
