package org.sandtray.cli;

import org.sandtray.demo.DemoLibrary;
import org.sandtray.demo.DemoTrayPainter;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;

/** {@code demo}: fills an empty library with the demo club, to try the program with. */
@Command(name = "demo", description = "Fill an empty library with a demo club: 8 students, 4 group sessions recorded "
        + "turn by turn with stills and placements, 2 individual sessions.")
final class DemoCommand extends LibraryCommand {
    @Override
    int run(Library library) {
        DemoLibrary.Made made = new DemoLibrary(new DemoTrayPainter(1280, 960)).fill(library);
        output().json(made);
        say("demo.ready", library.folder());
        return 0;
    }
}
