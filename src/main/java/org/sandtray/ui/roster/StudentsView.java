package org.sandtray.ui.roster;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sandtray.domain.Consent;
import org.sandtray.domain.Student;
import org.sandtray.library.CsvProblem;
import org.sandtray.library.StudentCsv;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The students with their consents; a roster CSV import that shows every bad row and imports nothing until all are good. */
public final class StudentsView {
    private final AppContext context;
    private final Messages messages;
    private final TableView<Student> table = new TableView<>();
    private final VBox root = new VBox(8);
    /** What the last roster import did: added, updated, unchanged. */
    private final Label imported = new Label();

    public StudentsView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        table.getColumns().add(column(messages.get("students.code"), Student::code));
        table.getColumns().add(column(messages.get("students.name"), Student::name));
        table.getColumns().add(column(messages.get("students.grade"), s -> s.grade() == null ? "" : s.grade()));
        table.getColumns().add(column(messages.get("students.class"), s -> s.className() == null ? "" : s.className()));
        table.getColumns().add(column(messages.get("students.participation"), s -> consent(s.participation())));
        table.getColumns().add(column(messages.get("students.photo"), s -> consent(s.photo())));
        Button importCsv = new Button(messages.get("students.import"));
        importCsv.setOnAction(e -> importRoster());
        Button givePhoto = new Button(messages.get("students.photoGiven"));
        givePhoto.setOnAction(e -> consent(true));
        Button withdrawPhoto = new Button(messages.get("students.photoWithdrawn"));
        withdrawPhoto.setOnAction(e -> consent(false));
        root.setPadding(new Insets(12));
        imported.setId("rosterImported");
        root.getChildren().addAll(new HBox(8, importCsv, givePhoto, withdrawPhoto, imported), table);
        refresh();
    }

    public VBox view() { return root; }

    public void refresh() {
        table.getItems().setAll(context.library().students().list());
    }

    /** Records today the photo consent given (guardian and child) or withdrawn for the selected student. */
    private void consent(boolean given) {
        Student s = table.getSelectionModel().getSelectedItem();
        if (s == null) return;
        try {
            if (given) {
                context.library().students().recordConsent(s.code(),
                        new Consent(org.sandtray.domain.ConsentKind.PHOTO, true, true, LocalDate.now(), null));
            } else {
                context.library().students().withdrawConsent(s.code(), org.sandtray.domain.ConsentKind.PHOTO, LocalDate.now());
            }
            refresh();
        } catch (RuntimeException e) {
            Alerts.error(messages, e);
        }
    }

    private String consent(Consent c) {
        if (c.withdrawnOn() != null) return messages.get("consent.withdrawn", c.withdrawnOn());
        if (c.guardianConsent() == null) return messages.get("consent.notRecorded");
        return c.permits() ? messages.get("consent.yes") : messages.get("consent.no");
    }

    private static TableColumn<Student, String> column(String title, Function<Student, String> value) {
        TableColumn<Student, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(120);
        return c;
    }

    private void importRoster() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = fc.showOpenDialog(root.getScene().getWindow());
        if (file == null) return;
        try {
            // the command line's reader: UTF-8 or GBK, Chinese headers; known codes update their students
            StudentCsv.Result result = StudentCsv.read(file.toPath(), LocalDate.now());
            if (!result.problems().isEmpty()) {
                Alerts.error(messages, messages.get("students.badRows", result.problems().size()),
                        result.problems().stream().map(p -> p.problem().render(messages.locale())).collect(Collectors.joining("\n")));
                return;
            }
            var done = context.library().students().importRoster(result.students());
            refresh();
            imported.setText(messages.get("students.imported", done.added(), done.updated(), done.unchanged()));
        } catch (Exception e) {
            Alerts.error(messages, e);
        }
    }
}
