package org.sandtray.ui;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date pickers that show and read dates as 2026-09-01, the way the record and the command line write them, in every language. */
public final class DateFields {
    private DateFields() {}

    public static DatePicker picker(LocalDate initial) {
        DatePicker p = new DatePicker(initial);
        p.setConverter(new StringConverter<>() {
            @Override public String toString(LocalDate d) { return d == null ? "" : d.toString(); }

            @Override public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return p.getValue(); // a date that cannot be read leaves the one shown
                }
            }
        });
        p.setPromptText("2026-09-01");
        p.setPrefWidth(140);
        return p;
    }
}
