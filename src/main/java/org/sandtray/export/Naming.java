package org.sandtray.export;

import org.sandtray.domain.Student;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is called what in an export. A student of the export (every participant of an exported
 * session; the one student of a student's export) is named by code, or by name when the export is
 * identifiable. Any other pupil is "another student" (no code). Free text (titles, stories,
 * observations, notes, annotation text) is scrubbed: every roster name found in it, and in a
 * student's export every other pupil's code, is replaced by that student's label.
 *
 * <p>Names are found as written in full and, for Chinese names of three or four characters, by
 * the given name alone (the last two characters: counselors write "小明说" as often as "王小明说");
 * names in Latin letters also by each part of three letters or more, as a whole word. A
 * two-character name's given name is one character and is not searched alone (it would blank out
 * ordinary words).
 */
public final class Naming {
    private final Map<String, Student> roster = new HashMap<>();
    private final Set<String> subjects;
    private final boolean identifiable;
    private final String anotherStudent;
    private final Pattern pattern;
    private final Map<String, String> replacements = new LinkedHashMap<>();

    public Naming(List<Student> students, Set<String> subjects, boolean identifiable, ExportWords words) {
        for (Student s : students) roster.put(s.code(), s);
        this.subjects = Set.copyOf(subjects);
        this.identifiable = identifiable;
        this.anotherStudent = words.get("student.another");
        List<String> alternatives = new ArrayList<>();
        Map<String, String> latin = new HashMap<>();
        for (Student s : students) {
            String label = label(s.code());
            for (String variant : variants(s.name())) {
                if (identifiable && subjects.contains(s.code())) continue; // the name is allowed there
                replacements.putIfAbsent(key(variant), label);
                if (variant.chars().anyMatch(Character::isLetter) && variant.codePoints().allMatch(c -> c < 0x2E80)) {
                    latin.put(key(variant), label);
                }
                alternatives.add(variant);
            }
            if (!subjects.contains(s.code())) {
                replacements.putIfAbsent(key(s.code()), label);
                latin.put(key(s.code()), label);
                alternatives.add(s.code());
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String a : alternatives) {
            if (!regex.isEmpty()) regex.append('|');
            if (latin.containsKey(key(a))) regex.append("(?<![\\p{L}\\p{N}])").append(Pattern.quote(a)).append("(?![\\p{L}\\p{N}])");
            else regex.append(Pattern.quote(a));
        }
        this.pattern = alternatives.isEmpty() ? null
                : Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String key(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** The ways a name may be written in a note. */
    static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) return out;
        String full = name.strip();
        out.add(full);
        String compact = full.replaceAll("\\s+", "");
        if (!compact.equals(full)) out.add(compact);
        boolean han = compact.codePoints().allMatch(Character::isIdeographic) || compact.codePoints().allMatch(c -> c == '·' || Character.isIdeographic(c));
        if (han && compact.codePointCount(0, compact.length()) >= 3) {
            int start = compact.offsetByCodePoints(0, compact.codePointCount(0, compact.length()) - 2);
            out.add(compact.substring(start));
        }
        if (!han) {
            for (String part : full.split("[\\s·.,-]+")) if (part.length() >= 3 && !part.equals(full)) out.add(part);
        }
        return out;
    }

    /** Whether this student's attributions are shown (a student of the export). */
    public boolean shown(String code) {
        return subjects.contains(code);
    }

    /** What any pupil who is not a student of the export is called. */
    public String another() {
        return anotherStudent;
    }

    /** What a student is called in the export. */
    public String label(String code) {
        if (code == null) return "";
        if (!subjects.contains(code)) return anotherStudent;
        Student s = roster.get(code);
        return identifiable && s != null && s.name() != null && !s.name().isBlank() ? s.name() : code;
    }

    /** The text with every roster name (and, for others, code) replaced by the student's label. */
    public String scrub(String text) {
        if (text == null || text.isEmpty() || pattern == null) return text == null ? "" : text;
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = replacements.getOrDefault(key(m.group()), anotherStudent);
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names a de-identified export must not contain anywhere (for checks and tests). */
    public List<String> forbidden() {
        List<String> out = new ArrayList<>();
        for (Student s : roster.values()) {
            if (identifiable && subjects.contains(s.code())) continue;
            if (s.name() != null && !s.name().isBlank()) out.add(s.name().strip());
        }
        return out;
    }
}
