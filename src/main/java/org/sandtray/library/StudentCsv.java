package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A class roster in CSV: {@code code,name,grade,class,photo_consent} (yes or no), optionally
 * {@code participation_consent}, {@code child_assent} and {@code consent_date}; or the same columns
 * under the Chinese headers a school sheet uses (学号, 姓名, 年级, 班级, 照片同意, 参与同意,
 * 本人同意, 同意日期 ...). Every bad row is reported; a file with any bad row imports nothing.
 * A code already in the library is not a bad row: the import updates that student.
 */
public final class StudentCsv {
    static final List<String> REQUIRED = List.of("code", "name", "grade", "class", "photo_consent");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "有", "同意", "已同意", "√", "✓", "✔");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "无", "不同意", "未同意", "×", "✗", "✘");
    /** Chinese (and a few English) names of the columns, compared without case and spaces. */
    static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("学号", "code"), Map.entry("学生编号", "code"), Map.entry("编号", "code"), Map.entry("代号", "code"),
            Map.entry("学生代码", "code"), Map.entry("studentcode", "code"),
            Map.entry("姓名", "name"), Map.entry("学生姓名", "name"),
            Map.entry("年级", "grade"),
            Map.entry("班级", "class"), Map.entry("班", "class"), Map.entry("class_name", "class"),
            Map.entry("照片同意", "photo_consent"), Map.entry("拍照同意", "photo_consent"), Map.entry("照片授权", "photo_consent"),
            Map.entry("监护人照片同意", "photo_consent"),
            Map.entry("参与同意", "participation_consent"), Map.entry("参加同意", "participation_consent"),
            Map.entry("知情同意", "participation_consent"), Map.entry("监护人同意", "participation_consent"),
            Map.entry("儿童同意", "child_assent"), Map.entry("本人同意", "child_assent"), Map.entry("学生同意", "child_assent"),
            Map.entry("学生本人同意", "child_assent"),
            Map.entry("同意日期", "consent_date"), Map.entry("签署日期", "consent_date"), Map.entry("签字日期", "consent_date"));
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** The students read and the problems found; students are only complete when problems is empty. */
    public record Result(List<Students.Draft> students, List<CsvProblem> problems) {}

    /** Reads a roster file saved in UTF-8 or GBK ({@link CsvText}); the same reader for the command line and the window. */
    public static Result read(Path file, LocalDate today) {
        try {
            return read(new StringReader(CsvText.read(file).text()), today);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, file, file.toAbsolutePath().getParent()), e);
        }
    }

    private StudentCsv() {}

    /** Reads the roster and checks every row. */
    public static Result read(Reader reader, LocalDate today) throws IOException {
        CsvTable table = CsvTable.read(reader, HEADERS);
        List<String> missing = table.missing(REQUIRED);
        if (!missing.isEmpty()) {
            return new Result(List.of(), List.of(new CsvProblem(1, Problem.of("csv.missingColumns", String.join(", ", missing),
                    String.join(",", REQUIRED) + " / 学号,姓名,年级,班级,照片同意"))));
        }
        List<Students.Draft> students = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> reasons = new ArrayList<>();
            if (row.values().containsKey("#columns")) {
                reasons.add(Problem.of("csv.columnCount", row.values().get("#columns"), table.header().size()));
            }
            String code = row.get("code");
            String name = row.get("name");
            if (code.isEmpty()) reasons.add(Problem.of("csv.codeEmpty"));
            else if (!code.matches("[\\p{L}\\p{N}_.-]{1,32}")) reasons.add(Problem.of("csv.codeCharacters", code));
            else if (seen.containsKey(code)) reasons.add(Problem.of("csv.codeTwice", code, seen.get(code)));
            if (!code.isEmpty()) seen.putIfAbsent(code, row.line());
            if (name.isEmpty()) reasons.add(Problem.of("csv.nameEmpty"));
            Optional<Boolean> photo = yesNo(row.get("photo_consent"));
            if (photo.isEmpty()) reasons.add(Problem.of("csv.yesNo", "photo_consent", row.get("photo_consent")));
            Optional<Boolean> participation = optionalYesNo(row, "participation_consent", reasons);
            Optional<Boolean> assent = optionalYesNo(row, "child_assent", reasons);
            LocalDate date = today;
            if (!row.get("consent_date").isEmpty()) {
                date = date(row.get("consent_date"));
                if (date == null) reasons.add(Problem.of("csv.badDate", "consent_date", row.get("consent_date")));
            }
            if (!reasons.isEmpty()) {
                problems.add(new CsvProblem(row.line(), reasons));
                continue;
            }
            Boolean childAssent = assent.orElse(null);
            Consent photoConsent = new Consent(ConsentKind.PHOTO, photo.get(), childAssent, date, null);
            Consent participationConsent = participation.isPresent()
                    ? new Consent(ConsentKind.PARTICIPATION, participation.get(), childAssent, date, null)
                    : Consent.none(ConsentKind.PARTICIPATION);
            students.add(new Students.Draft(code, name, emptyToNull(row.get("grade")), emptyToNull(row.get("class")),
                    participationConsent, photoConsent));
        }
        if (students.isEmpty() && problems.isEmpty()) problems.add(new CsvProblem(1, Problem.of("csv.noStudents")));
        return new Result(students, problems);
    }

    private static Optional<Boolean> optionalYesNo(CsvTable.Row row, String column, List<Problem> reasons) {
        String value = row.get(column);
        if (value.isEmpty()) return Optional.empty();
        Optional<Boolean> parsed = yesNo(value);
        if (parsed.isEmpty()) reasons.add(Problem.of("csv.yesNo", column, value));
        return parsed;
    }

    /** 2026-09-01, 2026/9/1, 2026.9.1 or 2026年9月1日; null if it is none of them or no real day. */
    static LocalDate date(String text) {
        java.util.regex.Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static Optional<Boolean> yesNo(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) return Optional.of(true);
        if (NO.contains(v)) return Optional.of(false);
        return Optional.empty();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Writes the roster in the same columns it is read in. */
    public static void write(List<org.sandtray.domain.Student> students, Writer out) throws IOException {
        out.write("code,name,grade,class,photo_consent\n");
        for (var s : students) {
            out.write(String.join(",", csv(s.code()), csv(s.name()), csv(s.grade()), csv(s.className()),
                    s.photosPermitted() ? "yes" : "no"));
            out.write("\n");
        }
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    public static String csv(String value) {
        if (value == null) return "";
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
