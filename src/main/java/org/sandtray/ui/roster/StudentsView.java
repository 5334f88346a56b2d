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
    private final RosterModel roster;
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
        // consents carry their date: room for it
        table.getColumns().get(4).setPrefWidth(190);
        table.getColumns().get(5).setPrefWidth(190);
        importCsv = new Button(messages.get("students.import"));
        importCsv.setId("importRoster");
        importCsv.setOnAction(e -> importRoster());
        roster = new RosterModel(context.library(), messages, notes, this::refresh);
        Button add = new Button(messages.get("roster.add"));
        add.setId("addStudent");
        add.setOnAction(e -> StudentDialog.ask(messages, null).ifPresent(a -> act(() -> roster.add(a.details(), a.participation(), a.photo()))));
        Button edit = new Button(messages.get("roster.edit"));
        edit.setId("editStudent");
        edit.setOnAction(e -> selected().ifPresent(s -> StudentDialog.ask(messages, s).ifPresent(a -> act(() -> roster.edit(s.code(), a.details())))));
        Button consent = new Button(messages.get("roster.consent"));
        consent.setId("studentConsent");
        consent.setOnAction(e -> selected().ifPresent(s -> ConsentDialog.ask(messages, s).ifPresent(a -> act(() -> {
            if (a.record() != null) roster.recordConsent(s, a.record()); else roster.withdraw(s, a.withdraw(), a.withdrawOn());
        }))));
        root.setPadding(new Insets(12));
        Button year = new Button(messages.get("students.year"));
        year.setId("studentYear");
        year.setOnAction(e -> openYear());
        root.getChildren().addAll(new HBox(8, add, edit, consent, importCsv, year), table);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        refresh();
    }

    public VBox view() { return root; }

    public void refresh() {
        Student was = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(context.library().students().list());
        if (was != null) table.getItems().stream().filter(s -> s.id() == was.id()).findFirst().ifPresent(s -> table.getSelectionModel().select(s));
    }

    /** The selected pupil's year, or a note to select one first. */
    private void openYear() {
        Student s = table.getSelectionModel().getSelectedItem();
        if (s == null) notes.accept(Notice.note(messages.get("students.selectFirst")));
        else openYear.accept(s.code());
    }

    /** The student selected in the table, or a note asking to select one. */
    private java.util.Optional<Student> selected() {
        Student s = table.getSelectionModel().getSelectedItem();
        if (s == null) notes.accept(Notice.note(messages.get("students.selectFirst")));
        return java.util.Optional.ofNullable(s);
    }

    /** A change to the roster: a rule's refusal is a calm note, a failure the red dialog. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private String consent(Consent c) {
        if (c.withdrawnOn() != null) return messages.get("consent.withdrawn", c.withdrawnOn());
        if (c.guardianConsent() == null) return messages.get("consent.notRecorded");
        String answer = c.permits() ? messages.get("consent.yes") : messages.get("consent.no");
        return c.recordedOn() == null ? answer : answer + " · " + c.recordedOn();
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
