package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Still;
import org.sandtray.domain.StillPick;
import org.sandtray.library.Stills;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code still import|list|star|reject|clear|final|delete}: photographs of the tray taken with
 * another camera, and culling them as the window's filmstrip does.
 */
@Command(name = "still", description = "Import, list, star, reject, delete stills; choose the final tray.",
        subcommands = {StillCommand.Import.class, StillCommand.ListStills.class, StillCommand.Star.class, StillCommand.Reject.class,
                StillCommand.Clear.class, StillCommand.Final.class, StillCommand.Delete.class})
final class StillCommand {

    @Command(name = "list", description = {"List a session's stills with how they were culled (rejected ones too).",
            "pick: starred, rejected or empty; final: the still that shows the final tray (chosen, or by default the last one not rejected)."})
    static final class ListStills extends LibraryCommand {
        @Option(names = "--session", required = true, paramLabel = "ID") long session;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override
        int run(Library library) {
            library.sessions().require(session);
            List<Still> stills = library.stills().list(session);
            Long finalId = Stills.finalOf(stills).map(Still::id).orElse(null);
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Still s : stills) {
                String pick = s.pick() == StillPick.NONE ? "" : s.pick().code();
                String fin = s.finalTray() ? "chosen" : Long.valueOf(s.id()).equals(finalId) ? "default" : "";
                rows.add(List.of(String.valueOf(s.id()), s.takenAt().toString(), s.round() == null ? "" : s.round().toString(),
                        s.width() + "x" + s.height(), pick, fin, StudentCommand.nz(s.source())));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", s.id());
                m.put("takenAt", s.takenAt().toString());
                m.put("round", s.round());
                m.put("turnId", s.turnId());
                m.put("width", s.width());
                m.put("height", s.height());
                m.put("pick", s.pick() == StillPick.NONE ? null : s.pick().code());
                m.put("final", fin.isEmpty() ? null : fin);
                m.put("source", s.source());
                json.add(m);
            }
            output().rows(format, List.of("still", "taken", "round", "size", "pick", "final", "source"), rows, json);
            return 0;
        }
    }

    /** Sets a still's pick and says what it was before. */
    abstract static class Cull extends LibraryCommand {
        @Parameters(paramLabel = "ID") long id;

        abstract StillPick pick();

        @Override
        int run(Library library) {
            Still before = library.stills().setPick(id, pick());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("still", id);
            m.put("pick", pick() == StillPick.NONE ? "none" : pick().code());
            m.put("before", before.pick() == StillPick.NONE ? "none" : before.pick().code());
            output().json(m);
            say("still.picked." + pick().name().toLowerCase(java.util.Locale.ROOT), id);
            return 0;
        }
    }

    @Command(name = "star", description = "Star a still (a good one); a rejected still is restored and starred.")
    static final class Star extends Cull {
        @Override StillPick pick() { return StillPick.STARRED; }
    }

    @Command(name = "reject", description = "Reject a still: hidden from review and export, kept in the library (still clear restores it).")
    static final class Reject extends Cull {
        @Override StillPick pick() { return StillPick.REJECTED; }
    }

    @Command(name = "clear", description = "Neither starred nor rejected.")
    static final class Clear extends Cull {
        @Override StillPick pick() { return StillPick.NONE; }
    }

    @Command(name = "final", description = {"Choose the still that shows the session's final tray (used by the student year and exports).",
            "Without a choice the last still that is not rejected counts; --unset goes back to that."})
    static final class Final extends LibraryCommand {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--unset", description = "Take the choice back: the session's default final still counts again.")
        boolean unset;

        @Override
        int run(Library library) {
            Still still = library.stills().require(id);
            Long before = library.stills().setFinal(still.sessionId(), unset ? null : id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", still.sessionId());
            m.put("final", library.stills().finalOf(still.sessionId()).map(Still::id).orElse(null));
            m.put("before", before);
            output().json(m);
            say(unset ? "still.finalUnset" : "still.finalChosen", id, still.sessionId());
            return 0;
        }
    }

    @Command(name = "delete", description = {"Delete a still for good: its row, its figure marks and annotations, the figures tagged on it alone, "
            + "and its image file. Cannot be undone; asks for --yes.",
            "For a photo that caught a child's face, or a pupil without photo consent. check is clean afterwards."})
    static final class Delete extends LibraryCommand {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--yes", description = "Yes, delete it for good.") boolean yes;

        @Override
        int run(Library library) {
            if (!yes) {
                Stills.Deletion would = library.stills().deletionOf(id);
                throw new CommandFailed("still.deleteNeedsYes", id, would.marks(), would.annotations());
            }
            Stills.Deletion done = library.stills().delete(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("deleted", id);
            m.put("session", done.still().sessionId());
            m.put("marks", done.marks());
            m.put("placements", done.placements());
            m.put("annotations", done.annotations());
            m.put("fileRemoved", done.fileRemoved());
            output().json(m);
            say(done.fileRemoved() ? "still.deleted" : "still.deletedFileShared", id);
            return 0;
        }
    }

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
