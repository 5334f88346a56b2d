package org.sandtray.cli;

import org.sandtray.domain.Group;
import org.sandtray.domain.GroupMember;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** {@code group create|list}: club cohorts. */
@Command(name = "group", description = "Create, edit and list club groups.",
        subcommands = {GroupCommand.Create.class, GroupCommand.Edit.class, GroupCommand.ListGroups.class})
final class GroupCommand {

    @Command(name = "edit", description = {"Rename a group, change when it meets, let members join or leave.",
            "Members join or leave on --on (default today); their past sessions keep them and the history of who was in when stays."})
    static final class Edit extends LibraryCommand {
        @Parameters(paramLabel = "NAME") String name;

        @Option(names = "--rename", paramLabel = "NEW") String rename;

        @Option(names = "--add", split = ",", paramLabel = "CODE,...", description = "Members who join.") List<String> add;

        @Option(names = "--remove", split = ",", paramLabel = "CODE,...", description = "Members who leave.") List<String> remove;

        @Option(names = "--weekday", description = "The day the club meets: MONDAY ... SUNDAY.") DayOfWeek weekday;

        @Option(names = "--time", description = "Start time, HH:MM.") LocalTime time;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day members join or leave (default: today).") LocalDate on;

        @Override
        int run(Library library) {
            Groups.Edited e = library.groups().edit(name, new Groups.Change(rename, weekday, time, add, remove, on));
            output().json(e.after());
            say("group.edited", e.after().name());
            return 0;
        }
    }

    @Command(name = "create", description = "Create a group with its members.")
    static final class Create extends LibraryCommand {
        @Parameters(paramLabel = "NAME") String name;

        @Option(names = "--students", split = ",", required = true, paramLabel = "CODE,...") List<String> students;

        @Option(names = "--term", description = "For example 2026-2027 autumn.") String term;

        @Option(names = "--weekday", description = "The day the club meets: MONDAY ... SUNDAY.") DayOfWeek weekday;

        @Option(names = "--time", description = "Start time, HH:MM.") LocalTime time;

        @Option(names = "--minutes", defaultValue = "60", description = "Length of a session in minutes.") int minutes;

        @Override
        int run(Library library) {
            long id = library.groups().create(new Groups.Draft(name, term, weekday, time, minutes,
                    students.stream().map(String::strip).toList(), LocalDate.now()));
            output().value(id);
            say("group.created", name, students.size());
            ConsentWarnings.participation(this, library, students.stream().map(String::strip).toList(), LocalDate.now());
            return 0;
        }
    }

    @Command(name = "list", description = "List the groups and their members.")
    static final class ListGroups extends LibraryCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json.") Output.Format format;

        @Override
        int run(Library library) {
            List<Group> groups = library.groups().list();
            List<List<String>> rows = new ArrayList<>();
            LocalDate today = LocalDate.now();
            for (Group g : groups) {
                rows.add(List.of(String.valueOf(g.id()), g.name(), StudentCommand.nz(g.term()),
                        g.weekday() == null ? "" : g.weekday().toString(), g.startTime() == null ? "" : g.startTime().toString(),
                        String.join(" ", g.members().stream().filter(m -> m.activeOn(today)).map(GroupMember::studentCode).toList())));
            }
            output().rows(format, List.of("id", "name", "term", "weekday", "time", "members"), rows, groups);
            return 0;
        }
    }
}
