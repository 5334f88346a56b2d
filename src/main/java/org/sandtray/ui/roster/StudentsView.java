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
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

/** The students with their consents; a roster CSV import that shows every bad row and imports nothing until all are good. */
public final class StudentsView {
    private final AppContext context;
    private final Messages messages;
    private final TableView<Student> table = new TableView<>();
    private final VBox root = new VBox(8);
    private final Consumer<Notice> notes;
    private final Button importCsv;
    private final Consumer<String> openYear;

    /** @param openYear opens a pupil's year (double-click or Enter on their row) */
    public StudentsView(AppContext context, Consumer<Notice> notes, Consumer<String> openYear) {
        this.context = context;
        this.messages = context.messages();
        this.notes = notes;
        this.openYear = openYear;
        table.setId("studentsTable");
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) openYear();
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openYear();
                e.consume();
            }
        });
        table.getColumns().add(column(messages.get("students.code"), Student::code));
        table.getColumns().add(column(messages.get("students.name"), Student::name));
        table.getColumns().add(column(messages.get("students.grade"), s -> s.grade() == null ? "" : s.grade()));
        table.getColumns().add(column(messages.get("students.class"), s -> s.className() == null ? "" : s.className()));
        table.getColumns().add(column(messages.get("students.participation"), s -> consent(s.participation())));
        table.getColumns().add(column(messages.get("students.photo"), s -> consent(s.photo())));
        importCsv = new Button(messages.get("students.import"));
        importCsv.setId("importRoster");
        importCsv.setOnAction(e -> importRoster());
        Button givePhoto = new Button(messages.get("students.photoGiven"));
        givePhoto.setOnAction(e -> consent(true));
        Button withdrawPhoto = new Button(messages.get("students.photoWithdrawn"));
        withdrawPhoto.setOnAction(e -> consent(false));
        root.setPadding(new Insets(12));
        Button year = new Button(messages.get("students.year"));
        year.setId("studentYear");
        year.setOnAction(e -> openYear());
        root.getChildren().addAll(new HBox(8, importCsv, givePhoto, withdrawPhoto, year), table);
        refresh();
    }

    public VBox view() { return root; }

    public void refresh() {
        table.getItems().setAll(context.library().students().list());
    }

    /** The selected pupil's year, or a note to select one first. */
    private void openYear() {
        Student s = table.getSelectionModel().getSelectedItem();
        if (s == null) notes.accept(Notice.note(messages.get("students.selectFirst")));
        else openYear.accept(s.code());
    }

    /** Records today the photo consent given (guardian and child) or withdrawn for the selected student. */
    private void consent(boolean given) {
        Student s = table.getSelectionModel().getSelectedItem();
        if (s == null) {
            notes.accept(Notice.note(messages.get("students.selectFirst")));
            return;
        }
        try {
            if (given) {
                context.library().students().recordConsent(s.code(),
                        new Consent(org.sandtray.domain.ConsentKind.PHOTO, true, true, LocalDate.now(), null));
            } else {
                context.library().students().withdrawConsent(s.code(), org.sandtray.domain.ConsentKind.PHOTO, LocalDate.now());
            }
            refresh();
            notes.accept(Notice.done(messages.get(given ? "notice.photoConsentGiven" : "notice.photoConsentWithdrawn", s.name()),
                    null));
        } catch (RuntimeException e) {
            report(e);
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
        importRoster(file);
    }

    /** Reads and stores the roster on a worker thread; every bad row is listed and nothing is imported. */
    public void importRoster(File file) {
        importCsv.setDisable(true);
        new RosterImport(context.library(), messages, context.background()).start(file.toPath(), notes,
                e -> Alerts.error(messages, e), () -> {
                    importCsv.setDisable(false);
                    refresh();
                });
    }

    private void report(Throwable e) {
        Alerts.report(messages, e, notes);
    }
}
