package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.library.CsvProblem;
import org.sandtray.library.CsvText;
import org.sandtray.library.FigureCsv;
import org.sandtray.library.FigureFinder;
import org.sandtray.library.Figures;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code figure add|list|import|export}: the catalogue of miniatures. */
@Command(name = "figure", description = "Manage the figure catalogue.",
        subcommands = {FigureCommand.Add.class, FigureCommand.ListFigures.class, FigureCommand.Import.class,
                FigureCommand.Export.class})
final class FigureCommand {

    @Command(name = "add", description = "Add a figure; prints its id.")
    static final class Add extends LibraryCommand {
        @Parameters(paramLabel = "NAME", description = "English name (a Chinese name here is taken as the Chinese name).")
        String name;

        @Option(names = "--category", required = true, description = "One of: people, animals, plants, buildings, household, "
                + "vehicles, food, stones_shells, landscape, fences, spiritual, fantasy, other (or its Chinese name).")
        String category;

        @Option(names = "--name-zh", paramLabel = "中文名") String nameZh;

        @Option(names = "--subtype") String subtype;

        @Override
        int run(Library library) {
            Category cat = Category.parse(category).orElseThrow(() ->
                    new CommandFailed("figure.unknownCategory", category, Category.codes()));
            boolean chinese = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            String en = chinese && nameZh == null ? null : name;
            String zh = chinese && nameZh == null ? name : nameZh;
            long id = library.figures().add(new Figures.Draft(zh, en, cat, subtype));
            output().value(id);
            return 0;
        }
    }

    @Command(name = "list", description = "List the catalogue.")
    static final class ListFigures extends LibraryCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json.") Output.Format format;

        @Option(names = "--category", description = "Only this category.") String category;

        @Option(names = "--search", paramLabel = "TEXT", description = {"Only figures found by TEXT: Chinese or English name, "
                + "sub-type, category, pinyin or its initials (laohu or lh find 老虎); best matches first, recently used first."})
        String search;

        @Override
        int run(Library library) {
            Category only = category == null ? null : Category.parse(category).orElseThrow(() ->
                    new CommandFailed("figure.unknownCategory", category, Category.codes()));
            List<Figure> figures = search == null
                    ? library.figures().list().stream().filter(f -> only == null || f.category() == only).toList()
                    : new FigureFinder(library.figures().list()).find(search, only, library.figures().recentlyUsed(12));
            List<List<String>> rows = new ArrayList<>();
            for (Figure f : figures) {
                rows.add(List.of(String.valueOf(f.id()), StudentCommand.nz(f.nameZh()), StudentCommand.nz(f.nameEn()),
                        f.category().code(), StudentCommand.nz(f.subtype())));
            }
            output().rows(format, List.of("id", "name_zh", "name_en", "category", "subtype"), rows, figures);
            if (search != null && figures.isEmpty()) say("figure.noneFound", search);
            return 0;
        }
    }

    @Command(name = "import", description = "Import figures from CSV (name_zh,name_en,category,subtype): all rows or none.")
    static final class Import extends LibraryCommand {
        @Parameters(paramLabel = "FILE.csv") Path file;

        @Override
        int run(Library library) throws IOException {
            FigureCsv.Result result;
            try (Reader reader = new java.io.StringReader(CsvText.read(file).text())) {
                result = FigureCsv.read(reader);
            }
            if (!result.problems().isEmpty()) {
                throw new CommandFailed(Problem.of("csv.badRows", file.getFileName(), result.problems().size()),
                        result.problems().stream().map(CsvProblem::problem).toList());
            }
            List<Long> ids = library.figures().addAll(result.figures());
            output().json(Map.of("imported", ids.size()));
            return 0;
        }
    }

    @Command(name = "export", description = "Write the catalogue as CSV (UTF-8 with a byte-order mark, for Excel).")
    static final class Export extends LibraryCommand {
        @Parameters(paramLabel = "FILE.csv") Path file;

        @Override
        int run(Library library) throws IOException {
            List<Figure> figures = library.figures().list();
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".figures", ".csv");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                FigureCsv.write(figures, w);
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            library.audit().record("export", "figure catalogue to " + file.getFileName());
            output().json(Map.of("exported", figures.size(), "file", file.toString()));
            return 0;
        }
    }
}
