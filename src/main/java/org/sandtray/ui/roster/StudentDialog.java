package org.sandtray.ui.roster;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;
import org.sandtray.library.Students;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;

import java.util.Optional;

/** A pupil added or edited by hand: code, name, grade, class; a new pupil's consents with them. */
final class StudentDialog {
    /** What the counselor filled in; the consents only for a new pupil. */
    record Answer(Students.Details details, Consent participation, Consent photo) {}

    private StudentDialog() {}

    /** @param student the pupil to edit, or null to add one */
    static Optional<Answer> ask(Messages messages, Student student) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(messages.get(student == null ? "roster.addTitle" : "roster.editTitle"));
        dialog.setHeaderText(student == null ? messages.get("roster.addHeader") : messages.get("roster.editHeader", student.name(), student.code()));
        TextField code = new TextField(student == null ? "" : student.code());
        code.setId("studentCode");
        code.setPromptText("S07");
        TextField name = new TextField(student == null ? "" : student.name());
        name.setId("studentName");
        TextField grade = new TextField(student == null || student.grade() == null ? "" : student.grade());
        grade.setId("studentGrade");
        TextField className = new TextField(student == null || student.className() == null ? "" : student.className());
        className.setId("studentClass");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        // the text fields span the consent columns below, so those stay close together
        TextField[] fields = {code, name, grade, className};
        String[] labels = {"students.code", "students.name", "students.grade", "students.class"};
        for (int i = 0; i < fields.length; i++) {
            grid.add(new Label(messages.get(labels[i])), 0, i);
            grid.add(fields[i], 1, i, 2, 1);
        }
        ConsentFields participation = null;
        ConsentFields photo = null;
        if (student == null) {
            ConsentFields.header(grid, 4, messages);
            participation = new ConsentFields(messages, ConsentKind.PARTICIPATION, null);
            photo = new ConsentFields(messages, ConsentKind.PHOTO, null);
            participation.addTo(grid, 5, messages.get("students.participation"));
            photo.addTo(grid, 6, messages.get("students.photo"));
        } else {
            Label codeNote = new Label(messages.get("roster.codeNote"));
            codeNote.setWrapText(true);
            codeNote.setMaxWidth(360);
            grid.add(codeNote, 0, 4, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Buttons.ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel(messages));
        ConsentFields p = participation;
        ConsentFields ph = photo;
        dialog.setResultConverter(b -> b != ok ? null : new Answer(
                new Students.Details(code.getText(), name.getText(), grade.getText(), className.getText()),
                p == null ? null : p.value(), ph == null ? null : ph.value()));
        javafx.application.Platform.runLater((student == null ? code : name)::requestFocus);
        return dialog.showAndWait();
    }
}
