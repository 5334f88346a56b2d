package org.sandtray.ui.roster;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A pupil's consents: record a new answer for taking part or for photos (guardian, child, date),
 * or withdraw the one in force from a date. The newest record is in force; the history stays.
 */
final class ConsentDialog {
    /** A consent to record, or a withdrawal of one kind from a day. */
    record Answer(Consent record, ConsentKind withdraw, LocalDate withdrawOn) {}

    private ConsentDialog() {}

    static Optional<Answer> ask(Messages messages, Student s) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(messages.get("roster.consentTitle"));
        dialog.setHeaderText(messages.get("roster.consentHeader", s.name(), s.code()));
        ConsentFields participation = new ConsentFields(messages, ConsentKind.PARTICIPATION, s.participation());
        ConsentFields photo = new ConsentFields(messages, ConsentKind.PHOTO, s.photo());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ConsentFields.header(grid, 0, messages);
        participation.addTo(grid, 1, messages.get("students.participation"));
        photo.addTo(grid, 2, messages.get("students.photo"));
        DatePicker withdrawOn = org.sandtray.ui.DateFields.picker(LocalDate.now());
        grid.add(new Label(messages.get("roster.withdrawOn")), 0, 3);
        grid.add(withdrawOn, 1, 3, 2, 1);
        Label how = new Label(messages.get("roster.consentHow"));
        how.setWrapText(true);
        how.setMaxWidth(520);
        grid.add(how, 0, 4, 4, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType recordParticipation = new ButtonType(messages.get("roster.recordParticipation"), ButtonBar.ButtonData.LEFT);
        ButtonType recordPhoto = new ButtonType(messages.get("roster.recordPhoto"), ButtonBar.ButtonData.LEFT);
        ButtonType withdrawParticipation = new ButtonType(messages.get("roster.withdrawParticipation"), ButtonBar.ButtonData.OTHER);
        ButtonType withdrawPhoto = new ButtonType(messages.get("roster.withdrawPhoto"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(recordParticipation, recordPhoto, withdrawParticipation, withdrawPhoto,
                Buttons.cancel(messages));
        dialog.setResultConverter(b -> {
            if (b == recordParticipation) return new Answer(participation.value(), null, null);
            if (b == recordPhoto) return new Answer(photo.value(), null, null);
            if (b == withdrawParticipation) return new Answer(null, ConsentKind.PARTICIPATION, withdrawOn.getValue());
            if (b == withdrawPhoto) return new Answer(null, ConsentKind.PHOTO, withdrawOn.getValue());
            return null;
        });
        return dialog.showAndWait();
    }
}
