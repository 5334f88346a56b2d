package org.sandtray.cli;

import org.sandtray.domain.Category;
import org.sandtray.domain.TrayZone;
import org.sandtray.library.Library;
import org.sandtray.review.StudentYear;
import org.sandtray.review.StudentYears;
import org.sandtray.review.TrayCounts;
import org.sandtray.review.YearSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stats --student CODE}: the counts practitioners use, per session and in total. */
@Command(name = "stats", description = {"Counts for one student, per session and in total: figures placed, categories, "
        + "figures per 3x3 zone at the end, empty zones, fences, moves, passes, first figure; the same for the whole "
        + "tray of group sessions; and the \"empty world\" reference (fewer than 50 figures and fewer than 5 categories).",
        "Without --from and --to: every session of the student."})
final class StatsCommand extends LibraryCommand {
    @Option(names = "--student", required = true, paramLabel = "CODE") String student;
    @Mixin DateRangeOptions dates;
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json.") Output.Format format;

    @Override
    int run(Library library) {
        StudentYear year = new StudentYears(library).of(student, dates.range());
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (YearSession s : year.sessions()) {
            String date = s.session().startedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", s.session().id());
            m.put("date", date);
            m.put("kind", s.session().kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("group", s.session().groupName());
            m.put("title", s.session().title());
            m.put("student", countsJson(s.own()));
            m.put("whole", s.whole() == null ? null : countsJson(s.whole()));
            sessions.add(m);
            rows.add(row(String.valueOf(s.session().id()), date, "student", s.own()));
            if (s.whole() != null) rows.add(row(String.valueOf(s.session().id()), date, "whole", s.whole()));
        }
        rows.add(row("total", "", "student", year.total()));
        rows.add(row("total", "", "whole", year.wholeTotal()));
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("sessions", year.sessions().size());
        total.put("emptyWorldSessions", year.emptyWorldSessions());
        total.put("student", countsJson(year.total()));
        total.put("whole", countsJson(year.wholeTotal()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("student", student);
        json.put("from", year.range().from());
        json.put("to", year.range().to());
        json.put("sessions", sessions);
        json.put("total", total);
        output().rows(format, List.of("session", "date", "part", "figures", "categories", "by_category", "zones", "empty_zones",
                "fences", "moves", "passes", "first_figure", "empty_world"), rows, json);
        return 0;
    }

    static Map<String, Object> countsJson(TrayCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figures", c.figures());
        Map<String, Integer> categories = new LinkedHashMap<>();
        c.categories().forEach((k, v) -> categories.put(k.code(), v));
        m.put("categories", categories);
        Map<String, Integer> zones = new LinkedHashMap<>();
        c.zones().forEach((k, v) -> zones.put(k.code(), v));
        m.put("zones", zones);
        m.put("emptyZones", c.emptyZones());
        m.put("fences", c.fences());
        m.put("moves", c.moves());
        m.put("passes", c.passes());
        m.put("firstFigure", c.firstFigure());
        if (c.emptyWorld() != null) m.put("emptyWorld", c.emptyWorld());
        return m;
    }

    private static List<String> row(String session, String date, String part, TrayCounts c) {
        List<String> byCategory = new ArrayList<>();
        for (Map.Entry<Category, Integer> e : c.categories().entrySet()) byCategory.add(e.getKey().code() + " " + e.getValue());
        List<String> zones = new ArrayList<>();
        for (Map.Entry<TrayZone, Integer> e : c.zones().entrySet()) if (e.getValue() > 0) zones.add(e.getKey().code() + " " + e.getValue());
        return List.of(session, date, part, String.valueOf(c.figures()), String.valueOf(c.categoriesUsed()),
                String.join("; ", byCategory), String.join("; ", zones), String.valueOf(c.emptyZones()),
                String.valueOf(c.fences()), String.valueOf(c.moves()), String.valueOf(c.passes()), StudentCommand.nz(c.firstFigure()),
                c.emptyWorld() == null ? "" : c.emptyWorld() ? "yes" : "no");
    }
}
