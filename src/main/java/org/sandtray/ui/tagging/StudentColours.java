package org.sandtray.ui.tagging;

import javafx.scene.paint.Color;

import java.util.List;

/** A colour per student, by their place among the session's participants: the same student, the same colour. */
public final class StudentColours {
    private static final Color[] PALETTE = {Color.web("#d62728"), Color.web("#1f77b4"), Color.web("#2ca02c"),
            Color.web("#ff7f0e"), Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#17becf")};

    private final List<String> students;

    public StudentColours(List<String> students) {
        this.students = List.copyOf(students);
    }

    public Color of(String code) {
        int i = students.indexOf(code);
        return i < 0 ? Color.GRAY : PALETTE[i % PALETTE.length];
    }

    public List<String> students() { return students; }
}
