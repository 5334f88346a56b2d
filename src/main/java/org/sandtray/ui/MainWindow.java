package org.sandtray.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sandtray.domain.Session;
import org.sandtray.library.LibraryException;
import org.sandtray.ui.home.HomeView;
import org.sandtray.ui.review.Review;
import org.sandtray.ui.review.ReviewImages;
import org.sandtray.ui.roster.FiguresView;
import org.sandtray.ui.roster.StudentsView;
import org.sandtray.ui.session.SessionConsole;

import java.util.function.Consumer;

/**
 * The main window: a column of places on the left (home, students, figures, settings), the screen
 * on the right, and at the bottom the newest notice and the bar of long work under way.
 */
public final class MainWindow {
    private final AppContext context;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox navigation;
    private final Scene scene;
    private final Settings settings;
    private final Consumer<Settings> applySettings;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private SessionConsole console;
    private final org.sandtray.ui.privacy.IdleLock lock;
    private javafx.animation.Timeline idleTimer;
    private SettingsView settingsView;
    private Review review;

    public MainWindow(AppContext context, Settings settings, Consumer<Settings> applySettings) {
        this(context, settings, applySettings, new org.sandtray.ui.privacy.IdleLock(context.library(), context.messages(),
                System::currentTimeMillis));
    }

    /** @param lock the idle lock of an encrypted library (it never locks a plain one) */
    public MainWindow(AppContext context, Settings settings, Consumer<Settings> applySettings, org.sandtray.ui.privacy.IdleLock lock) {
        this.context = context;
        this.messages = context.messages();
        this.settings = settings;
        this.applySettings = applySettings;
        this.lock = lock;
        review = new Review(context, new ReviewImages(ReviewImages.openCv(context.library()), context.background(), Review.IMAGE_BUDGET),
                this::scene, this::showReview, this::openConsole);
        navigation = navigation();
        root.setLeft(navigation);
        if (context.library().damaged()) root.setTop(damagedBanner());
        root.setBottom(new VBox(new NoteBar(messages, notice, "windowNotice").view(), new TaskBar(context.background()).view()));
        javafx.scene.layout.StackPane layers = new javafx.scene.layout.StackPane(root, new org.sandtray.ui.privacy.LockPane(messages, lock).view());
        scene = new Scene(layers, WindowPlacement.WIDTH, WindowPlacement.HEIGHT);
        watchIdleness();
        scene.getStylesheets().add(MainWindow.class.getResource("sandtray.css").toExternalForm());
        showHome();
    }

    public Scene scene() { return scene; }

    public Messages messages() { return messages; }

    public SessionConsole console() { return console; }

    /** Says what just happened, below the screen shown (the console has its own line). */
    public void notice(Notice n) { notice.set(n); }

    /** While the whole library is being made (the demo), nothing else may be started. */
    public void busy(boolean on) {
        navigation.setDisable(on);
        if (root.getCenter() != null) root.getCenter().setDisable(on);
    }

    private VBox navigation() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Button home = nav("nav.home", this::showHome);
        home.setId("navHome");
        VBox box = new VBox(8, title, home, nav("nav.students", this::showStudents),
                nav("nav.figures", () -> show(new FiguresView(context, this::notice).view())),
                nav("nav.settings", this::showSettings),
                nav("nav.privacy", () -> show(new org.sandtray.ui.privacy.PrivacyView(context, this::notice, lock::reload).view())));
        box.setPadding(new Insets(12));
        box.getStyleClass().add("navigation");
        return box;
    }

    private Button nav(String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The settings, with a live preview of the camera chosen (stopped when another screen is shown). */
    private void showSettings() {
        SettingsView view = new SettingsView(messages, settings, context.library().folder().toString(), context.background(),
                applySettings);
        show(view.view());
        settingsView = view;
    }

    private void show(javafx.scene.Node node) {
        review.leave();
        closeConsole();
        notice.set(null);
        root.setCenter(node);
    }

    private void showStudents() {
        show(new StudentsView(context, this::notice, this::showStudentYear).view());
    }

    /** A review screen (replay, a pupil's year, comparison) in the centre; the way back is kept by {@link Review}. */
    private void showReview(javafx.scene.Node node) {
        closeConsole();
        notice.set(null);
        root.setCenter(node);
    }

    /** The review screens of this window (replay, a pupil's year, comparison). */
    public Review review() { return review; }

    /** A pupil's year (this school year); Back returns to the students. */
    public void showStudentYear(String code) {
        review.enter(this::showStudents);
        review.studentYear(code);
    }

    /** A session's replay at a step (0-based); Back returns home. */
    public void showReplay(long sessionId, int step) {
        review.enter(this::showHome);
        review.replay(sessionId, step, null);
    }

    public void showHome() {
        try {
            show(new HomeView(context, this::openSession, this::notice).view());
        } catch (LibraryException e) {
            // a damaged library may not read whole: say why instead of failing to open the window
            Label why = new Label(messages.problem(e));
            why.setWrapText(true);
            why.setPadding(new Insets(24));
            show(why);
        }
    }

    /** A damaged library is open read-only: say so above every screen, with what to do. */
    private Label damagedBanner() {
        Label banner = new Label(messages.get("library.damagedBanner", context.library().folder()));
        banner.setId("damagedBanner");
        banner.getStyleClass().add("banner-damaged");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** Opens a session: an open one in the console (live camera), a finished one in its replay. */
    public void openSession(long sessionId) {
        Session s = context.library().sessions().byId(sessionId).orElse(null);
        if (s != null && !s.open()) showReplay(sessionId, 0);
        else openConsole(sessionId);
    }

    /** Opens a session in the console (live camera for an open session; filmstrip and tagging for any). */
    public void openConsole(long sessionId) {
        review.leave();
        closeConsole();
        notice.set(null);
        console = new SessionConsole(context, sessionId, () -> {
            showHome();
            notice(Notice.done(messages.get("notice.sessionEnded"), null));
        });
        console.install(scene);
        console.onCompare((a, b) -> {
            review.enter(() -> openConsole(sessionId));
            review.compare(a.id(), b.id(), null);
        });
        root.setCenter(console.view());
    }

    private void closeConsole() {
        if (settingsView != null) {
            settingsView.close();
            settingsView = null;
        }
        if (console != null) {
            console.close();
            console = null;
        }
    }

    /**
     * The idle lock: every key, click or move counts as activity; the lock is checked every few
     * seconds. Locking hides everything (names, pictures) behind the lock pane and lets the console
     * forget its decoded pictures; the camera keeps storing stills.
     */
    private void watchIdleness() {
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> lock.activity());
        lock.onLock(() -> {
            if (console != null) console.lockScreen();
        });
        lock.locked().addListener((o, was, locked) -> {
            root.setVisible(!locked);
            if (!locked && console != null) console.unlockScreen();
        });
        idleTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(5), e -> lock.tick()));
        idleTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleTimer.play();
    }

    /** The idle lock of this window. */
    public org.sandtray.ui.privacy.IdleLock idleLock() { return lock; }

    public void close() {
        if (idleTimer != null) idleTimer.stop();
        review.leave();
        closeConsole();
    }

    public void showIn(Stage stage) {
        stage.setTitle(messages.get("app.title") + " — " + context.library().folder());
        stage.setScene(scene);
    }
}
