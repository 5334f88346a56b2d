package org.sandtray.cli;

import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;
import org.sandtray.library.Sessions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code session start|list|show|end}. */
@Command(name = "session", description = "Start, list, show and end sessions.",
        subcommands = {SessionCommand.Start.class, SessionCommand.ListSessions.class, SessionCommand.Show.class,
                SessionCommand.End.class})
final class SessionCommand {

    static final class Who {
        @Option(names = "--group", required = true, paramLabel = "NAME") String group;
        @Option(names = "--student", required = true, paramLabel = "CODE") String student;
    }

    @Command(name = "start", description = "Start a group or individual session; prints its id.")
    static final class Start extends LibraryCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") Who who;

        @Option(names = "--title") String title;

        @Option(names = "--turn-order", split = ",", paramLabel = "CODE,...",
                description = "The order drawn for this session (default: drawn by lot now).")
        List<String> turnOrder;

        @Option(names = "--absent", split = ",", paramLabel = "CODE,...",
                description = "Members absent today: left out of the turn order; session show names them.")
        List<String> absent;

        @Override
        int run(Library library) {
            Session s;
            if (who.group != null) {
                s = library.sessions().startGroup(who.group, title, turnOrder == null ? null : turnOrder.stream().map(String::strip).toList(),
                        absent == null ? List.of() : absent.stream().map(String::strip).toList(), Instant.now());
                say("session.turnOrder", String.join(", ", s.turnOrder()));
                if (!s.absent().isEmpty()) say("session.absent", String.join(", ", s.absent()));
            } else {
                if (turnOrder != null) throw new CommandFailed("session.individualNoOrder");
                if (absent != null) throw new CommandFailed("session.individualNoAbsent");
                s = library.sessions().startIndividual(who.student, title, Instant.now());
            }
            output().value(s.id());
            ConsentWarnings.participation(this, library, library.sessions().participants(s.id()),
                    java.time.LocalDate.ofInstant(s.startedAt(), java.time.ZoneId.systemDefault()));
            return 0;
        }
    }

    @Command(name = "list", description = "List sessions, newest first.")
    static final class ListSessions extends LibraryCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json.") Output.Format format;

        @Override
        int run(Library library) {
            List<Session> sessions = library.sessions().list();
            List<List<String>> rows = new ArrayList<>();
            for (Session s : sessions) {
                rows.add(List.of(String.valueOf(s.id()), s.kind().name().toLowerCase(),
                        s.groupName() != null ? s.groupName() : s.studentCode(), s.startedAt().toString(),
                        s.endedAt() == null ? "open" : s.endedAt().toString(), StudentCommand.nz(s.title()),
                        String.valueOf(library.stills().list(s.id()).size())));
            }
            output().rows(format, List.of("id", "kind", "who", "started", "ended", "title", "stills"), rows, sessions);
            return 0;
        }
    }

    @Command(name = "show", description = "Show a session: turn order, turns, stills and placements.")
    static final class Show extends LibraryCommand {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--format", defaultValue = "table", description = "table or json.") Output.Format format;

        @Override
        int run(Library library) {
            Session s = library.sessions().require(id);
            List<Turn> turns = library.turns().list(id);
            List<Still> stills = library.stills().list(id);
            List<Placement> placements = library.placements().list(id);
            if (format == Output.Format.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("session", s);
                m.put("participants", library.sessions().participants(id));
                m.put("absent", s.absent());
                m.put("finalStill", library.stills().finalOf(id).map(Still::id).orElse(null));
                m.put("turns", turns);
                m.put("stills", stills);
                m.put("placements", placements.stream().map(SessionCommand::placementJson).toList());
                output().json(m);
                return 0;
            }
            var out = out();
            out.println("session " + s.id() + " (" + s.kind().name().toLowerCase() + ", "
                    + (s.groupName() != null ? "group " + s.groupName() : "student " + s.studentCode()) + ")");
            out.println("started " + s.startedAt() + (s.endedAt() == null ? ", open" : ", ended " + s.endedAt()));
            if (s.title() != null) out.println("title: " + s.title());
            if (!s.turnOrder().isEmpty()) out.println("turn order: " + String.join(", ", s.turnOrder()));
            if (!s.absent().isEmpty()) out.println("absent: " + String.join(", ", s.absent()));
            library.stills().finalOf(id).ifPresent(f -> out.println("final still: " + f.id() + (f.finalTray() ? " (chosen)" : " (the last one not rejected)")));
            if (s.story() != null) out.println("story: " + s.story());
            if (s.observations() != null) out.println("observations: " + s.observations());
            if (s.themes() != null) out.println("themes: " + s.themes());
            out.println();
            List<List<String>> rows = new ArrayList<>();
            for (Turn t : turns) {
                rows.add(List.of(String.valueOf(t.round()), String.valueOf(t.orderInRound()), t.studentCode(), t.action().code(),
                        StudentCommand.nz(t.figureName()), StudentCommand.nz(t.note())));
            }
            out.print(Table.render(List.of("round", "turn", "student", "action", "figure", "note"), rows));
            out.println();
            rows.clear();
            for (Still st : stills) {
                rows.add(List.of(String.valueOf(st.id()), st.takenAt().toString(), st.round() == null ? "" : st.round().toString(),
                        st.width() + "x" + st.height(), st.pick() == org.sandtray.domain.StillPick.NONE ? "" : st.pick().code(),
                        StudentCommand.nz(st.source())));
            }
            out.print(Table.render(List.of("still", "taken", "round", "size", "pick", "source"), rows));
            out.println();
            rows.clear();
            for (Placement p : placements) {
                TrayPoint first = p.firstPosition();
                rows.add(List.of(String.valueOf(p.id()), p.figureName(), p.category().code(), p.studentCode(),
                        p.round() == null ? "" : p.round().toString(), TimelineCommand.point(first),
                        first == null ? "" : first.zone().nameEn(),
                        p.removed() ? "removed" : p.moved() ? "moved to " + TimelineCommand.point(p.lastPosition()) : ""));
            }
            out.print(Table.render(List.of("placement", "figure", "category", "student", "round", "at", "zone", "later"), rows));
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> placementJson(Placement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("figure", p.figureName());
        m.put("category", p.category().code());
        m.put("student", p.studentCode());
        m.put("turnId", p.turnId());
        m.put("round", p.round());
        m.put("facingDegrees", p.facingDegrees());
        m.put("buried", p.buried());
        m.put("note", p.note());
        TrayPoint first = p.firstPosition();
        m.put("zone", first == null ? null : first.zone().code());
        m.put("moved", p.moved());
        m.put("removed", p.removed());
        m.put("marks", p.marks());
        return m;
    }

    @Command(name = "end", description = "End a session with the wrap-up: the title the group gave, story, observations, themes.")
    static final class End extends LibraryCommand {
        @Parameters(paramLabel = "ID") long id;
        @Option(names = "--title") String title;
        @Option(names = "--story") String story;
        @Option(names = "--observations") String observations;
        @Option(names = "--themes") String themes;

        @Override
        int run(Library library) {
            Session s = library.sessions().end(id, new Sessions.WrapUp(title, story, observations, themes), Instant.now());
            output().value(s.id());
            say("session.ended", id);
            return 0;
        }
    }
}
