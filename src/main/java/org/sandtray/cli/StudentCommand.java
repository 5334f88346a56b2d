package org.sandtray.cli;

import org.sandtray.domain.Problem;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;
import org.sandtray.library.CsvProblem;
import org.sandtray.library.Library;
import org.sandtray.library.StudentCsv;
import org.sandtray.library.Students;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code student import|list}: the roster. */
@Command(name = "student", description = "Add, edit, import and list students; record or withdraw consent; leaving dates, retention and erasure.",
        subcommands = {StudentCommand.Import.class, StudentCommand.ListStudents.class, StudentCommand.Add.class,
                StudentCommand.Edit.class, StudentCommand.ConsentCommand.class,
                StudentPrivacyCommands.Leave.class, StudentPrivacyCommands.Due.class, StudentPrivacyCommands.RetentionYears.class,
                StudentPrivacyCommands.Erase.class})
final class StudentCommand {

    @Command(name = "add", description = "Add one pupil by hand (consents: student consent).")
    static final class Add extends LibraryCommand {
        @Parameters(paramLabel = "CODE", description = "The pseudonym used outside the counseling room, e.g. S07.") String code;

        @Option(names = "--name", required = true) String name;

        @Option(names = "--grade") String grade;

        @Option(names = "--class", paramLabel = "CLASS") String className;

        @Override
        int run(Library library) {
            long id = library.students().add(new Students.Draft(code, name, grade, className, null, null));
            output().value(id);
            say("student.added", code);
            return 0;
        }
    }

    @Command(name = "edit", description = "Change a pupil's code, name, grade or class; what is not given stays as it is.")
    static final class Edit extends LibraryCommand {
        @Parameters(paramLabel = "CODE") String code;

        @Option(names = "--code", paramLabel = "NEW", description = "A new code (sessions, groups and stills follow the pupil).")
        String newCode;

        @Option(names = "--name") String name;

        @Option(names = "--grade") String grade;

        @Option(names = "--class", paramLabel = "CLASS") String className;

        @Override
        int run(Library library) {
            Student s = library.students().require(code);
            Students.Details d = new Students.Details(newCode != null ? newCode : s.code(), name != null ? name : s.name(),
                    grade != null ? grade : s.grade(), className != null ? className : s.className());
            library.students().edit(code, d);
            output().json(Map.of("code", d.code()));
            say("student.edited", d.code());
            return 0;
        }
    }

    @Command(name = "consent", description = {"Record a pupil's consent for taking part or for photos (the guardian's consent and "
            + "the child's own assent, with the date), or withdraw the one in force.", "The newest record is in force; the history stays."})
    static final class ConsentCommand extends LibraryCommand {
        @Parameters(paramLabel = "CODE") String code;

        @Option(names = "--kind", required = true, description = "participation or photo.") String kind;

        @Option(names = "--guardian", paramLabel = "yes|no", description = "The guardian's consent.") String guardian;

        @Option(names = "--child", paramLabel = "yes|no", description = "The child's own assent.") String child;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day it was given or withdrawn (default: today).")
        LocalDate on;

        @Option(names = "--withdraw", description = "Withdraw the consent in force from --on.") boolean withdraw;

        @Override
        int run(Library library) {
            ConsentKind k = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "participation" -> ConsentKind.PARTICIPATION;
                case "photo" -> ConsentKind.PHOTO;
                default -> throw new CommandFailed("consent.unknownKind", kind);
            };
            LocalDate day = on != null ? on : LocalDate.now();
            if (withdraw) {
                library.students().withdrawConsent(code, k, day);
            } else {
                if (guardian == null) throw new CommandFailed("consent.needsGuardian");
                library.students().recordConsent(code, new Consent(k, yesNo(guardian), child == null ? null : yesNo(child), day, null));
            }
            Student s = library.students().require(code);
            output().json(consentJson(k == ConsentKind.PHOTO ? s.photo() : s.participation()));
            return 0;
        }

        private static Boolean yesNo(String v) {
            return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "y", "true", "是" -> true;
                case "no", "n", "false", "否" -> false;
                default -> throw new CommandFailed("consent.yesOrNo", v);
            };
        }
    }

    @Command(name = "import", description = "Import a roster CSV (code,name,grade,class,photo_consent, or 学号,姓名,年级,班级,照片同意): "
            + "new codes are added, codes already in the library update those students; a file with a bad row imports nothing.")
    static final class Import extends LibraryCommand {
        @Parameters(paramLabel = "FILE.csv", description = "UTF-8 (with or without a byte-order mark) or GBK, as Excel and WPS save it on a Chinese PC.")
        Path file;

        @Override
        int run(Library library) {
            StudentCsv.Result result = StudentCsv.read(file, LocalDate.now());
            if (!result.problems().isEmpty()) {
                throw new CommandFailed(Problem.of("csv.badRows", file.getFileName(), result.problems().size()),
                        result.problems().stream().map(CsvProblem::problem).toList());
            }
            Students.ImportSummary done = library.students().importRoster(result.students());
            library.audit().record("import", "students from " + file.getFileName() + ": added " + done.added() + ", updated "
                    + done.updated() + ", unchanged " + done.unchanged());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("imported", done.added());
            json.put("added", done.added());
            json.put("updated", done.updated());
            json.put("unchanged", done.unchanged());
            output().json(json);
            say("student.imported", Problem.of("roster.summary", done.added(), done.updated(), done.unchanged()));
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
}
