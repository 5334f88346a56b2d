package org.sandtray.ui.roster;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.ui.Messages;

import java.time.LocalDate;

/** One consent as a row of a form: the guardian's answer, the child's own answer, the day it was given. */
final class ConsentFields {
    private final ConsentKind kind;
    private final ComboBox<Boolean> guardian = new ComboBox<>();
    private final ComboBox<Boolean> child = new ComboBox<>();
    private final DatePicker on = org.sandtray.ui.DateFields.picker(LocalDate.now());

    ConsentFields(Messages messages, ConsentKind kind, Consent current) {
        this.kind = kind;
        for (ComboBox<Boolean> box : java.util.List.of(guardian, child)) {
            box.getItems().setAll(null, true, false);
            box.setConverter(new StringConverter<>() {
                @Override public String toString(Boolean b) {
                    return messages.get(b == null ? "consent.notRecorded" : b ? "roster.answerYes" : "roster.answerNo");
                }

                @Override public Boolean fromString(String s) { return null; }
            });
        }
        boolean inForce = current != null && current.withdrawnOn() == null;
        guardian.setValue(inForce ? current.guardianConsent() : null);
        child.setValue(inForce ? current.childAssent() : null);
        guardian.setId("guardian-" + kind.code());
        child.setId("child-" + kind.code());
    }

    /** The column titles above consent rows: the guardian, the child, the day. */
    static void header(GridPane grid, int row, Messages messages) {
        grid.add(new Label(messages.get("roster.guardian")), 1, row);
        grid.add(new Label(messages.get("roster.child")), 2, row);
        grid.add(new Label(messages.get("roster.givenOn")), 3, row);
    }

    /** Adds the row's label and fields to the grid at the row given. */
    void addTo(GridPane grid, int row, String label) {
        grid.add(new Label(label), 0, row);
        grid.add(guardian, 1, row);
        grid.add(child, 2, row);
        grid.add(on, 3, row);
    }

    /** The consent as filled in; not recorded when the guardian's answer is not given. */
    Consent value() {
        return new Consent(kind, guardian.getValue(), child.getValue(), on.getValue(), null);
    }
}
