package org.sandtray.ui.tagging;

import javafx.scene.paint.Color;
import org.sandtray.domain.Student;
import org.sandtray.library.Library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per pupil, the same in every session, screen and year: chosen by the pupil's
 * library id (never reused, never changed), so pupils added together (a roster import, a
 * club) get different colours, up to the twelve in the palette. Not by turn position: that
 * changes with every draw of the turn order. See decisions/0020.
 */
public final class StudentColours {
    /** Strong colours that stay apart on sand and on a dark background; no grey (grey means "someone else"). */
    static final Color[] PALETTE = {Color.web("#e6194b"), Color.web("#4363d8"), Color.web("#3cb44b"), Color.web("#f58231"),
            Color.web("#911eb4"), Color.web("#0fb5c8"), Color.web("#f032e6"), Color.web("#469990"), Color.web("#9a6324"),
            Color.web("#000075"), Color.web("#800000"), Color.web("#808000")};
    /** A code the roster does not know (a pupil deleted since). */
    public static final Color UNKNOWN = Color.GRAY;

    private final Map<String, Long> ids;
    private final List<String> students;

    /** @param roster every pupil of the library (for their ids); @param students the pupils to list in a legend */
    public StudentColours(List<Student> roster, List<String> students) {
        this.ids = new HashMap<>();
        for (Student s : roster) ids.put(s.code(), s.id());
        this.students = List.copyOf(students);
    }

    /** The colours of a session's (or a screen's) pupils, read from the library's roster. */
    public static StudentColours of(Library library, List<String> students) {
        return new StudentColours(library.students().list(), students);
    }

    public Color of(String code) {
        Long id = ids.get(code);
        return id == null ? UNKNOWN : PALETTE[(int) Math.floorMod(id - 1, (long) PALETTE.length)];
    }

    /** The pupils shown in a legend, in the order given. */
    public List<String> students() { return students; }
}
