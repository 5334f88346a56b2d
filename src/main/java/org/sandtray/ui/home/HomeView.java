package org.sandtray.ui.home;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sandtray.domain.Group;
import org.sandtray.domain.Session;
import org.sandtray.domain.Student;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.sandtray.ui.Alerts;
import org.sandtray.ui.AppContext;
import org.sandtray.ui.Buttons;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The first screen: today's session, groups, recent sessions; start a group or an individual session. */
public final class HomeView {
    private final AppContext context;
    private final Messages messages;
    private final HomeModel model;
    private final LongConsumer openSession;
    private final Consumer<Notice> notes;
    private final VBox root = new VBox(12);
    private final ListView<Session> recent = new ListView<>();
    private final ListView<Group> groups = new ListView<>();
    private final Label today = new Label();

    /** A backup older than a week, pupils past retention: said at the top until done (Privacy and backup). */
    private VBox reminders() {
        VBox box = new VBox(4);
        box.setId("reminders");
        if (context.library().damaged()) return box;
        for (String line : org.sandtray.ui.privacy.PrivacyModel.reminders(context.library(), messages, java.time.Instant.now())) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add("note-refusal");
            box.getChildren().add(l);
        }
        return box;
    }

    public HomeView(AppContext context, LongConsumer openSession, Consumer<Notice> notes) {
        this.context = context;
        this.messages = context.messages();
        this.model = new HomeModel(context.library(), Clock.systemDefaultZone());
        this.openSession = openSession;
        this.notes = notes;
        root.setPadding(new Insets(16));
        today.getStyleClass().add("home-today");
        Button startGroup = new Button(messages.get("home.startGroup"));
        startGroup.setId("startGroupSession");
        startGroup.setDefaultButton(true);
        startGroup.setOnAction(e -> startGroup());
        Button startIndividual = new Button(messages.get("home.startIndividual"));
        startIndividual.setOnAction(e -> startIndividual());
        Button open = new Button(messages.get("home.openSession"));
        open.setOnAction(e -> {
            Session s = recent.getSelectionModel().getSelectedItem();
            if (s != null) openSession.accept(s.id());
        });
        Button export = new Button(messages.get("export.button"));
        export.setId("homeExport");
        export.setOnAction(e -> {
            Session s = recent.getSelectionModel().getSelectedItem();
            org.sandtray.ui.export.ExportDialog.show(context, root.getScene() == null ? null : root.getScene().getWindow(),
                    s == null ? null : s.id(), s == null ? null : s.studentCode());
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                openSession.accept(recent.getSelectionModel().getSelectedItem().id());
            }
        });
        Function<String, String> names = names();
        recent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Session s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : model.describe(s, names)
                        + (s.open() ? "  — " + messages.get("home.open") : ""));
            }
        });
        groups.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Group g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : g.name() + (g.weekday() != null ? "  ·  "
                        + messages.get("weekday." + g.weekday().getValue()) + " " + (g.startTime() != null ? g.startTime() : "") : "")
                        + "  ·  " + messages.get("home.members", g.members().stream().filter(m -> m.leftOn() == null).count()));
            }
        });
        groups.setPrefHeight(160);
        GroupEditing editing = new GroupEditing(context.library(), messages, notes, this::refresh);
        Button newGroup = new Button(messages.get("groups.new"));
        newGroup.setId("newGroup");
        newGroup.setOnAction(e -> GroupDialog.ask(messages, context.library().students().list(), null).ifPresent(w -> act(() -> editing.create(w))));
        Button editGroup = new Button(messages.get("groups.edit"));
        editGroup.setId("editGroup");
        editGroup.setOnAction(e -> {
            Group g = groups.getSelectionModel().getSelectedItem();
            if (g == null) {
                notes.accept(Notice.note(messages.get("groups.selectFirst")));
                return;
            }
            GroupDialog.ask(messages, context.library().students().list(), g).ifPresent(w -> act(() -> editing.edit(g, w)));
        });
        root.getChildren().add(reminders());
        root.getChildren().addAll(today, new HBox(8, startGroup, startIndividual, open, export, newGroup, editGroup),
                new Label(messages.get("home.groups")), groups, new Label(messages.get("home.recent")), recent);
        refresh();
    }

    public VBox view() { return root; }

    public void refresh() {
        groups.getItems().setAll(model.groups());
        recent.getItems().setAll(model.recentSessions());
        today.setText(model.todaysGroup().map(g -> messages.get("home.today", g.name(), String.valueOf(g.startTime())))
                .orElse(messages.get("home.noClubToday")));
    }

    private Function<String, String> names() {
        Map<String, String> byCode = context.library().students().list().stream()
                .collect(Collectors.toMap(Student::code, Student::name));
        return code -> byCode.getOrDefault(code, code);
    }

    private void startGroup() {
        if (model.groups().isEmpty()) {
            notes.accept(Notice.note(messages.get("home.noGroups")));
            return;
        }
        Group preselected = model.todaysGroup().orElse(model.groups().get(0));
        StartGroupDialog.ask(messages, model.groups(), preselected, model::membersToday, names()).ifPresent(a -> {
            try {
                model.startGroup(a.group(), a.absent(), this::askAboutOpenSession).ifPresent(openSession::accept);
            } catch (RuntimeException e) {
                report(e);
            }
        });
    }

    /** The group has a session that was never ended: continue it (the usual case), or start a second one? */
    private HomeModel.OpenSessionAnswer askAboutOpenSession(Session open) {
        ButtonType carryOn = new ButtonType(messages.get("home.continueOpen"), ButtonBar.ButtonData.YES);
        ButtonType startNew = new ButtonType(messages.get("home.startAnyway"), ButtonBar.ButtonData.NO);
        ButtonType cancel = Buttons.cancel(messages);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("home.openSessionText", model.describe(open, names())),
                carryOn, startNew, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("home.openSessionHeader", open.groupName()));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) return HomeModel.OpenSessionAnswer.CANCEL;
        return answer.get() == carryOn ? HomeModel.OpenSessionAnswer.CONTINUE : HomeModel.OpenSessionAnswer.START_NEW;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private void report(Throwable e) {
        Alerts.report(messages, e, notes);
    }

    private void startIndividual() {
        var students = context.library().students().list();
        if (students.isEmpty()) {
            notes.accept(Notice.note(messages.get("home.noStudents")));
            return;
        }
        // names with codes: two pupils may share a name, and the code is what the record keeps
        ChoiceDialog<Student> dialog = new ChoiceDialog<>(students.get(0), students);
        dialog.setTitle(messages.get("home.startIndividual"));
        dialog.setHeaderText(messages.get("home.chooseStudent"));
        dialog.getDialogPane().getButtonTypes().setAll(org.sandtray.ui.Buttons.ok(messages), org.sandtray.ui.Buttons.cancel(messages));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Student> box = (javafx.scene.control.ComboBox<Student>) dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setId("individualStudent");
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(Student s) { return s == null ? "" : s.name() + " (" + s.code() + ")"; }

                @Override public Student fromString(String text) { return null; }
            });
        }
        dialog.showAndWait().map(Student::code).ifPresent(code -> {
            try {
                openSession.accept(context.library().sessions().startIndividual(code, null, Instant.now()).id());
            } catch (RuntimeException e) {
                report(e);
            }
        });
    }
}
