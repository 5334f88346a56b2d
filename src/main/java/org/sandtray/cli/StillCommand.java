package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Still;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code still import}: photographs of the tray taken with another camera. */
@Command(name = "still", description = "Import stills.", subcommands = StillCommand.Import.class)
final class StillCommand {

    @Command(name = "import", description = {"Import JPEG or PNG photos into a session; prints the new still ids, one per line.",
            "A photo's time is its EXIF DateTimeOriginal when it has one, else the file's modification time; "
                    + "session show says which (takenAtSource: exif or file)."})
    static final class Import extends LibraryCommand {
        @Option(names = "--session", required = true, paramLabel = "ID") long session;

        @Option(names = "--round", paramLabel = "N") Integer round;

        @Option(names = "--student", paramLabel = "CODE", description = "The student the photo is of (their own tray, their side).")
        String student;

        @Option(names = "--turn", paramLabel = "ID", description = "The turn the photos were taken after (default: the session's latest turn).")
        Long turn;

        @Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files;

        @Override
        int run(Library library) {
            library.sessions().require(session);
            List<Long> ids = new ArrayList<>();
            List<Problem> failures = new ArrayList<>();
            for (Path file : files) {
                try {
                    Still still = library.stills().importFile(file, session, round, student, turn);
                    ids.add(still.id());
                    output().value(still.id());
                } catch (LibraryException e) {
                    failures.add(e.problem());
                }
            }
            var marked = library.stills().withoutPhotoConsent(session);
            List<Long> unconsented = ids.stream().filter(marked::contains).toList();
            if (!unconsented.isEmpty()) ConsentWarnings.photos(this, library, session, unconsented);
            if (!failures.isEmpty()) {
                throw new CommandFailed(Problem.of(ids.isEmpty() ? "still.noneStored" : "still.someNotStored",
                        failures.size(), files.size(), ids.size()), failures);
            }
            return 0;
        }
    }
}
