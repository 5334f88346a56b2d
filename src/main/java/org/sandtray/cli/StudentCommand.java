package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Consent;
import org.sandtray.domain.Student;
import org.sandtray.library.CsvProblem;
import org.sandtray.library.Library;
import org.sandtray.library.StudentCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code student import|list}: the roster. */
@Command(name = "student", description = "Import and list students.",
        subcommands = {StudentCommand.Import.class, StudentCommand.ListStudents.class})
final class StudentCommand {

    @Command(name = "import", description = "Import a roster CSV (code,name,grade,class,photo_consent): all rows or none.")
    static final class Import extends LibraryCommand {
        @Parameters(paramLabel = "FILE.csv", description = "UTF-8, with or without a byte-order mark.")
        Path file;

        @Override
        int run(Library library) throws IOException {
            StudentCsv.Result result;
            try (Reader reader = utf8Reader(file)) {
                var existing = library.students().list().stream().map(Student::code).collect(Collectors.toSet());
                result = StudentCsv.read(reader, existing, LocalDate.now());
            }
            if (!result.problems().isEmpty()) {
                throw new CommandFailed(Problem.of("csv.badRows", file.getFileName(), result.problems().size()),
                        result.problems().stream().map(CsvProblem::problem).toList());
            }
            List<Long> ids = library.students().addAll(result.students());
            library.audit().record("import", "students from " + file.getFileName() + ": " + ids.size());
            output().json(Map.of("imported", ids.size()));
            say("student.imported", ids.size());
            return 0;
        }
    }

    @Command(name = "list", description = "List the students with their consents.")
    static final class ListStudents extends LibraryCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override
        int run(Library library) {
            List<Student> students = library.students().list();
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Student s : students) {
                rows.add(List.of(s.code(), s.name(), nz(s.grade()), nz(s.className()), consent(s.participation()),
                        consent(s.photo())));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", s.code());
                m.put("name", s.name());
                m.put("grade", s.grade());
                m.put("class", s.className());
                m.put("participation_consent", consentJson(s.participation()));
                m.put("photo_consent", consentJson(s.photo()));
                m.put("photos_permitted", s.photosPermitted());
                json.add(m);
            }
            output().rows(format, List.of("code", "name", "grade", "class", "participation_consent", "photo_consent"), rows, json);
            return 0;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String consent(Consent c) {
        if (c.withdrawnOn() != null) return "withdrawn " + c.withdrawnOn();
        if (c.guardianConsent() == null) return "not recorded";
        if (!c.guardianConsent()) return "no";
        if (Boolean.FALSE.equals(c.childAssent())) return "no (child declined)";
        return "yes";
    }

    static Map<String, Object> consentJson(Consent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("guardian_consent", c.guardianConsent());
        m.put("child_assent", c.childAssent());
        m.put("recorded_on", c.recordedOn() == null ? null : c.recordedOn().toString());
        m.put("withdrawn_on", c.withdrawnOn() == null ? null : c.withdrawnOn().toString());
        m.put("permits", c.permits());
        return m;
    }

    /** A strict UTF-8 reader: a file in another encoding (GBK from Excel) is refused with a clear message. */
    static Reader utf8Reader(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailed("io.noSuchFile", file);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new java.io.StringReader(text);
        } catch (CharacterCodingException e) {
            throw new CommandFailed("csv.notUtf8", file.getFileName());
        }
    }
}
