package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The figure catalogue in CSV: {@code name_zh,name_en,category,subtype}; one file in, the same file out. */
public final class FigureCsv {
    static final List<String> COLUMNS = List.of("name_zh", "name_en", "category", "subtype");

    /** The figures read and the problems found. */
    public record Result(List<Figures.Draft> figures, List<CsvProblem> problems) {}

    private FigureCsv() {}

    public static Result read(Reader reader) throws IOException {
        CsvTable table = CsvTable.read(reader);
        List<String> missing = table.missing(List.of("category"));
        if (!missing.isEmpty() || (!table.header().contains("name_zh") && !table.header().contains("name_en"))) {
            return new Result(List.of(), List.of(new CsvProblem(1, Problem.of("csv.figureHeader", String.join(",", COLUMNS)))));
        }
        List<Figures.Draft> figures = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> reasons = new ArrayList<>();
            String zh = row.get("name_zh");
            String en = row.get("name_en");
            if (zh.isEmpty() && en.isEmpty()) reasons.add(Problem.of("figure.needsName"));
            for (String name : new String[] {zh, en}) {
                if (name.isEmpty()) continue;
                String key = name.toLowerCase(Locale.ROOT);
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) reasons.add(Problem.of("csv.nameTwice", name, earlier));
            }
            Optional<Category> category = Category.parse(row.get("category"));
            if (category.isEmpty()) {
                reasons.add(Problem.of("figure.unknownCategory", row.get("category"), Category.codes()));
            }
            if (!reasons.isEmpty()) {
                problems.add(new CsvProblem(row.line(), reasons));
                continue;
            }
            figures.add(new Figures.Draft(zh.isEmpty() ? null : zh, en.isEmpty() ? null : en, category.get(),
                    row.get("subtype").isEmpty() ? null : row.get("subtype")));
        }
        return new Result(figures, problems);
    }

    public static void write(List<Figure> figures, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\n");
        for (Figure f : figures) {
            out.write(String.join(",", StudentCsv.csv(f.nameZh()), StudentCsv.csv(f.nameEn()), f.category().code(),
                    StudentCsv.csv(f.subtype())));
            out.write("\n");
        }
    }
}
