package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A class roster in CSV: {@code code,name,grade,class,photo_consent} (yes or no), optionally
 * {@code participation_consent}, {@code child_assent} and {@code consent_date}. Every bad row is
 * reported; a file with any bad row imports nothing.
 */
public final class StudentCsv {
    static final List<String> REQUIRED = List.of("code", "name", "grade", "class", "photo_consent");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "有", "同意");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否", "无", "不同意");

    /** The students read and the problems found; students are only complete when problems is empty. */
    public record Result(List<Students.Draft> students, List<CsvProblem> problems) {}

    private StudentCsv() {}

    /** Reads the roster and checks every row, also against codes already in the library. */
    public static Result read(Reader reader, Set<String> existingCodes, LocalDate today) throws IOException {
        CsvTable table = CsvTable.read(reader);
        List<String> missing = table.missing(REQUIRED);
        if (!missing.isEmpty()) {
            return new Result(List.of(), List.of(new CsvProblem(1, Problem.of("csv.missingColumns", String.join(", ", missing), String.join(",", REQUIRED)))));
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
            else if (existingCodes.contains(code)) reasons.add(Problem.of("csv.codeExists", code));
            if (!code.isEmpty()) seen.putIfAbsent(code, row.line());
            if (name.isEmpty()) reasons.add(Problem.of("csv.nameEmpty"));
            Optional<Boolean> photo = yesNo(row.get("photo_consent"));
            if (photo.isEmpty()) reasons.add(Problem.of("csv.yesNo", "photo_consent", row.get("photo_consent")));
            Optional<Boolean> participation = optionalYesNo(row, "participation_consent", reasons);
            Optional<Boolean> assent = optionalYesNo(row, "child_assent", reasons);
            LocalDate date = today;
            if (!row.get("consent_date").isEmpty()) {
                try {
                    date = LocalDate.parse(row.get("consent_date"));
                } catch (DateTimeParseException e) {
                    reasons.add(Problem.of("csv.badDate", "consent_date", row.get("consent_date")));
                }
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
