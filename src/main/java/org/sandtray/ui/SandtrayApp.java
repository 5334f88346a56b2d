package org.sandtray.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.sandtray.capture.SourceSpec;
import org.sandtray.demo.DemoLibrary;
import org.sandtray.demo.DemoTrayPainter;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desktop program. Started by {@code DesktopStarter} with the library folder as its first
 * parameter; on a first run with no library there, it offers to create one or to open the demo.
 */
public final class SandtrayApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(SandtrayApp.class);
    /** The demo library, beside the default library in the user's home. */
    static final Path DEMO_FOLDER = Path.of(System.getProperty("user.home"), "SandtrayDemo");

    private final ExecutorService work = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "background");
        t.setDaemon(true);
        return t;
    });
    private Library library;
    private MainWindow window;
    private Stage stage;
    private Path folder;
    private Settings settings;
    private Background background;
    private StageBounds bounds;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        styleEveryWindow();
        List<String> raw = getParameters().getRaw();
        folder = Path.of(raw.isEmpty() ? System.getProperty("user.home") + "/SandtrayLibrary" : raw.get(0));
        settings = Settings.load(Settings.file());
        String lang = getParameters().getNamed().getOrDefault("lang", settings.language());
        Messages messages = new Messages(Messages.chooseLocale(lang));
        try {
            if (!Library.exists(folder)) {
                Optional<Path> chosen = firstRun(messages);
                if (chosen.isEmpty()) {
                    Platform.exit();
                    return;
                }
                folder = chosen.get();
            }
            // the first-run choice is the window's one way to make a library; otherwise it only opens
            // a damaged library opens read-only, with a banner saying what to do
            library = Library.exists(folder) ? openAskingForTheSecret(messages) : create(messages);
            if (library == null) {
                Platform.exit();
                return;
            }
        } catch (LibraryException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.problem(e), Buttons.ok(messages));
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("error.cannotOpen", folder));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        background = Background.javafx(work);
        show(messages);
        bounds = new StageBounds(primary, settings.window());
        primary.setOnHiding(e -> saveWindow());
        openStart();
        primary.show();
        primary.requestFocus();
        if (folder.equals(DEMO_FOLDER) && library.sessions().list().isEmpty()) fillDemo(messages);
    }

    /** The demo library is photographed and recorded on a worker thread; the window says so meanwhile. */
    private void fillDemo(Messages messages) {
        window.busy(true);
        background.task(messages.get("task.demo"), progress -> new DemoLibrary(new DemoTrayPainter(1280, 960)).fill(library),
                made -> {
                    window.busy(false);
                    window.showHome();
                    window.notice(Notice.done(messages.get("notice.demoMade", made.sessions(), made.stills()), null));
                }, error -> {
                    window.busy(false);
                    Alerts.error(messages, error);
                });
    }

    private void show(Messages messages) {
        if (window != null) window.close();
        String source = getParameters().getNamed().getOrDefault("source", settings.cameraSource());
        SourceSpec spec;
        try {
            spec = SourceSpec.parse(source);
        } catch (IllegalArgumentException e) {
            spec = SourceSpec.parse("demo");
        }
        org.sandtray.ui.privacy.IdleLock lock = new org.sandtray.ui.privacy.IdleLock(library, messages, System::currentTimeMillis);
        AppContext context = new AppContext(library, messages, background, spec, settings, lock.guard(StillDecoder.of(library)));
        window = new MainWindow(context, settings, this::apply, lock);
        window.showIn(stage);
    }

    private void apply(Settings changed) {
        settings = changed;
        try {
            changed.save(Settings.file());
        } catch (IOException e) {
            log.warn("cannot save the settings", e);
        }
        show(new Messages(Messages.chooseLocale(changed.language())));
    }

    /**
     * Opens the library; an encrypted one asks for its passphrase (or recovery key) until it opens
     * or the counselor cancels (null). A wrong passphrase changes nothing and is said in the dialog.
     */
    private Library openAskingForTheSecret(Messages messages) {
        boolean encrypted;
        try {
            encrypted = Library.isEncrypted(folder);
        } catch (LibraryException e) {
            if (!"library.damaged".equals(e.problem().key())) throw e;
            encrypted = false;
        }
        if (!encrypted) return Library.openEvenIfDamaged(folder, "window");
        String refusal = null;
        while (true) {
            Optional<org.sandtray.library.Secret> secret = org.sandtray.ui.privacy.PassphraseDialog.ask(messages, folder, refusal);
            if (secret.isEmpty()) return null;
            try {
                return Library.openEvenIfDamaged(folder, "window", secret.get());
            } catch (LibraryException e) {
                String key = e.problem().key();
                if (!key.equals("library.wrongPassphrase") && !key.equals("library.wrongRecoveryKey")) throw e;
                refusal = messages.problem(e);
            }
        }
    }

    /**
     * Makes the new library the first-run choice asked for: encrypted with a passphrase unless the
     * counselor chose otherwise; the recovery key is shown once and must be confirmed saved. Null when cancelled.
     */
    private Library create(Messages messages) {
        if (folder.equals(DEMO_FOLDER)) return Library.create(folder, "window"); // the demo's made-up pupils need no passphrase
        Optional<org.sandtray.ui.privacy.NewLibraryDialog.Choice> choice = org.sandtray.ui.privacy.NewLibraryDialog.ask(messages, null);
        if (choice.isEmpty()) return null;
        org.sandtray.library.Secret.NewKeys keys = choice.get().keys();
        Library made = Library.create(folder, "window", keys);
        if (keys != null) org.sandtray.ui.privacy.RecoveryKeyDialog.show(messages, keys.recoveryKey().text());
        return made;
    }

    /** No library yet: create one here, or open the demo library. */
    private Optional<Path> firstRun(Messages messages) {
        ButtonType create = new ButtonType(messages.get("firstRun.create"), ButtonBar.ButtonData.YES);
        ButtonType demo = new ButtonType(messages.get("firstRun.demo"), ButtonBar.ButtonData.NO);
        ButtonType cancel = Buttons.cancel(messages);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("firstRun.text", folder), create, demo, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("firstRun.header"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) return Optional.empty();
        return Optional.of(answer.get() == demo ? DEMO_FOLDER : folder);
    }

    /**
     * Every window, dialogs included, gets the program's stylesheet: its font list puts a Chinese
     * font first, without which a dialog's Chinese text shows as empty boxes.
     */
    static void styleEveryWindow() {
        String css = MainWindow.class.getResource("sandtray.css").toExternalForm();
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) change -> {
            while (change.next()) {
                for (javafx.stage.Window w : change.getAddedSubList()) {
                    if (w.getScene() != null && !w.getScene().getStylesheets().contains(css)) w.getScene().getStylesheets().add(css);
                }
            }
        });
    }

    /** Opens the window and returns when it closes. */
    public static void launchOn(Path library, String language, String source) {
        launchOn(library, language, source, null, null, null);
    }

    /**
     * Opens the window at a pupil's year ({@code student}) or a session's replay at a turn counted
     * from 1 ({@code session}, {@code turn}); home when both are null. Returns when it closes.
     */
    public static void launchOn(Path library, String language, String source, String student, Long session, Integer turn) {
        java.util.List<String> args = new java.util.ArrayList<>();
        args.add(library.toString());
        if (language != null) args.add("--lang=" + language);
        if (source != null) args.add("--source=" + source);
        if (student != null) args.add("--student=" + student);
        if (session != null) args.add("--session=" + session);
        if (turn != null) args.add("--turn=" + turn);
        Application.launch(SandtrayApp.class, args.toArray(String[]::new));
    }

    /** The start place asked for on the command line (window --student / --session --turn), else home. */
    private void openStart() {
        var named = getParameters().getNamed();
        try {
            if (named.containsKey("student")) {
                window.showStudentYear(named.get("student"));
            } else if (named.containsKey("session")) {
                int turn = named.containsKey("turn") ? Integer.parseInt(named.get("turn")) : 1;
                window.showReplay(Long.parseLong(named.get("session")), turn - 1);
            }
        } catch (RuntimeException e) {
            window.showHome();
            Alerts.report(window.messages(), e, window::notice);
        }
    }

    /** Where the window is, for the next start (the other settings as they are on disk). */
    private void saveWindow() {
        if (bounds == null) return;
        try {
            Settings.load(Settings.file()).withWindow(bounds.current()).save(Settings.file());
        } catch (IOException e) {
            log.warn("cannot save where the window was", e);
        }
    }

    /** For tests: the window shown. */
    public MainWindow window() { return window; }

    public Library library() { return library; }

    @Override
    public void stop() {
        saveWindow();
        if (window != null) window.close();
        if (library != null) library.close();
        work.shutdownNow();
    }
}
