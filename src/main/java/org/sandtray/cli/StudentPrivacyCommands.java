package org.sandtray.cli;

import org.sandtray.library.Erasure;
import org.sandtray.library.Library;
import org.sandtray.library.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code student leave|due|retention|erase}: how long a pupil's records are kept, and erasing them. */
final class StudentPrivacyCommands {
    private StudentPrivacyCommands() {}

    @Command(name = "leave", description = "Record the day a pupil left the school (default today); --clear takes it back.")
    static final class Leave extends LibraryCommand {
        @Parameters(paramLabel = "CODE") String code;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD") LocalDate on;

        @Option(names = "--clear", description = "The pupil has not left after all.") boolean clear;

        @Override
        int run(Library library) {
            LocalDate day = clear ? null : on != null ? on : LocalDate.now();
            library.retention().setLeftOn(code, day);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("student", code);
            m.put("leftOn", day == null ? null : day.toString());
            m.put("dueOn", day == null ? null : day.plusYears(library.retention().years()).toString());
            output().json(m);
            return 0;
        }
    }

    @Command(name = "due", description = "List pupils past retention: left the school more than the retention years ago (see student retention).")
    static final class Due extends LibraryCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override
        int run(Library library) {
            List<Retention.Due> due = library.retention().due(LocalDate.now());
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Retention.Due d : due) {
                rows.add(List.of(d.code(), d.name(), d.leftOn().toString(), d.dueOn().toString()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.code());
                m.put("name", d.name());
                m.put("leftOn", d.leftOn().toString());
                m.put("dueOn", d.dueOn().toString());
                json.add(m);
            }
            output().rows(format, List.of("code", "name", "left_on", "due_on"), rows, json);
            say(due.isEmpty() ? "retention.noneDue" : "retention.due", due.size(), library.retention().years());
            return 0;
        }
    }

    @Command(name = "retention", description = "Show or set how many years after leaving a pupil's records are kept (default 3).")
    static final class RetentionYears extends LibraryCommand {
        @Option(names = "--years", paramLabel = "N") Integer years;

        @Override
        int run(Library library) {
            if (years != null) library.retention().setYears(years);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("years", library.retention().years());
            output().json(m);
            return 0;
        }
    }

    @Command(name = "erase", description = "Erase a pupil completely: lists what goes (their row, individual sessions, stills only they "
            + "appear in, files), then with --yes (or when you confirm on the console) removes it; in group sessions their turns and "
            + "figures stay as a former member. The database is compacted after. Backups made before still hold the pupil.")
    static final class Erase extends LibraryCommand {
        @Parameters(paramLabel = "CODE") String code;

        @Option(names = "--yes", description = "Erase without asking.") boolean yes;

        @Override
        int run(Library library) {
            Erasure.Plan plan = library.erasure().plan(code);
            say("erase.plan", code, plan.individualSessions().size(), plan.stills().size(), plan.files(), plan.groupSessions().size(),
                    plan.turnsKept(), plan.placementsKept());
            boolean go = yes;
            Console console = System.console();
            if (!go && console != null) {
                String typed = console.readLine("%s", root().text().get("erase.confirm", code));
                go = typed != null && typed.strip().equals(code);
            }
            Erasure.Plan done = go ? library.erasure().erase(code) : plan;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("student", code);
            m.put("erased", go);
            m.put("individualSessions", done.individualSessions());
            m.put("stills", done.stills());
            m.put("files", done.files());
            m.put("groupSessions", done.groupSessions());
            m.put("turnsKept", done.turnsKept());
            m.put("placementsKept", done.placementsKept());
            output().json(m);
            say(go ? "erase.done" : "erase.notConfirmed", code);
            return 0;
        }
    }
}
