package org.sandtray.ui.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sandtray.bench.LibraryGenerator;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.bench.Timings;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;
import org.sandtray.review.DateRange;
import org.sandtray.review.StudentYears;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.review.Review;
import org.sandtray.ui.review.ReviewImages;
import org.sandtray.ui.review.ReviewNavigator;
import org.sandtray.ui.review.StudentYearModel;
import org.sandtray.ui.review.StudentYearView;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The student-year screen's figure (issue 7): from asking for a pupil's year until the screen is
 * laid out with every session's final tray and its thumbnail decoded (the data read on a worker,
 * thumbnails decoded on workers, the first layout pulse after the last one arrives), beside the
 * student-year data alone measured in the same run. On the generated library (50 students, 200
 * sessions, 10,000 stills, 60,000 placements; its stills are small), and on a pupil with 30
 * sessions whose final stills are 1920x1080 photos. Called by {@link WindowBench}.
 */
final class StudentYearBench {
    /** The generated library's sessions run from September 2026: the school year shown is 2026/27. */
    private static final Clock IN_THE_YEAR = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneId.of("UTC"));

    private final PrintWriter out;
    private final ExecutorService work = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "background");
        t.setDaemon(true);
        return t;
    });

    StudentYearBench(PrintWriter out) {
        this.out = out;
    }

    void run(Path folder) throws Exception {
        Path generated = folder.resolve("generated");
        if (!Library.exists(generated)) {
            out.println("generating the library (about 15 minutes) into " + generated);
            out.println(new LibraryGenerator(42).generate(generated, LibraryGenerator.Size.ISSUE_FIGURES));
        }
        Path photos = folder.resolve("year-photos");
        if (!Library.exists(photos)) photoYear(photos);
        try (Library library = Library.open(generated, "bench", false)) {
            measure(library, "generated library", i -> String.format("S%03d", 1 + i % 50));
        }
        try (Library library = Library.open(photos, "bench", false)) {
            measure(library, "30 sessions, 1920x1080 stills", i -> "P1");
        }
        work.shutdownNow();
    }

    private void measure(Library library, String what, java.util.function.IntFunction<String> pupil) throws Exception {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        DateRange year = DateRange.schoolYearOf(LocalDate.now(IN_THE_YEAR));
        int sessions = new StudentYears(library).of(pupil.apply(0), year).sessions().size();
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new javafx.scene.layout.StackPane(), 1280, 800));
            s.show();
            return s;
        });
        int[] k = {0};
        // a new set of pictures each time: every thumbnail is decoded, as on first opening a pupil's year
        Timings cold = Timings.measure(3, 20, () -> show(stage, library, messages, pupil.apply(k[0]++), null));
        ReviewImages kept = onFx(() -> new ReviewImages(ReviewImages.openCv(library), Background.javafx(work), Review.IMAGE_BUDGET));
        show(stage, library, messages, pupil.apply(0), kept);
        Timings warm = Timings.measure(3, 20, () -> show(stage, library, messages, pupil.apply(0), kept));
        int[] j = {0};
        Timings data = Timings.measure(3, 20, () -> new StudentYears(library).of(pupil.apply(j[0]++), year));
        onFx(() -> {
            stage.close();
            return null;
        });
        out.printf("student-year screen, %s: about %d sessions a pupil%n", what, sessions);
        out.println(cold.line("year screen with thumbnails (decoded)", data, "student-year data alone"));
        out.println(warm.line("year screen again (thumbnails cached)", data, "student-year data alone"));
    }

    /** Asks for the pupil's year and waits until it is laid out with every thumbnail. */
    private void show(Stage stage, Library library, Messages messages, String code, ReviewImages kept) throws Exception {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            ReviewImages images = kept != null ? kept
                    : new ReviewImages(ReviewImages.openCv(library), Background.javafx(work), Review.IMAGE_BUDGET);
            StudentYearView view = new StudentYearView(new StudentYearModel(library, messages, Background.javafx(work), code, IN_THE_YEAR),
                    library, messages, images, NOWHERE);
            Scene scene = stage.getScene();
            scene.setRoot(new javafx.scene.layout.StackPane(view.view()));
            Runnable laidOut = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    shown.complete(null);
                }
            };
            if (view.complete().get()) scene.addPostLayoutPulseListener(laidOut);
            view.complete().addListener((o, a, done) -> {
                if (done) {
                    scene.addPostLayoutPulseListener(laidOut);
                    Platform.requestNextPulse();
                }
            });
        });
        shown.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** One pupil in 30 weekly group sessions, each ending on a 1920x1080 photo with 20 figures tagged. */
    private static void photoYear(Path folder) {
        try (Library library = Library.create(folder, "bench", false)) {
            List<String> members = List.of("P1", "P2", "P3", "P4", "P5", "P6");
            for (String m : members) library.students().add(new Students.Draft(m, "学生" + m, null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
            library.groups().create(new Groups.Draft("club", null, null, null, 60, members, LocalDate.of(2026, 9, 1)));
            byte[] photo = SampleJpeg.textured(1920, 1080, 11);
            List<String> figures = library.figures().list().stream().map(f -> f.nameZh()).limit(40).toList();
            java.util.Random random = new java.util.Random(5);
            Instant start = Instant.parse("2026-09-08T04:40:00Z");
            for (int s = 0; s < 30; s++) {
                Instant at = start.plus(java.time.Duration.ofDays(7L * s));
                long session = library.sessions().startGroup("club", "week " + (s + 1), members, at).id();
                long still = 0;
                for (int t = 0; t < 20; t++) {
                    String who = members.get(t % members.size());
                    library.turns().add(session, who, TurnAction.PLACE, null, null, at.plusSeconds(60L * t));
                    still = library.stills().add(SampleJpeg.variant(photo, s * 100L + t), new Stills.Meta(session,
                            at.plusSeconds(60L * t + 30), null, null, null, "bench")).id();
                    library.placements().place(new Placements.Request(still, figures.get(random.nextInt(figures.size())), who,
                            new TrayPoint(random.nextDouble(), random.nextDouble()), null, null, null, false, null, null));
                }
                library.sessions().end(session, new Sessions.WrapUp("week " + (s + 1), null, null, null), at.plusSeconds(3600));
            }
        }
    }

    /** The bench's screens lead nowhere. */
    private static final ReviewNavigator NOWHERE = new ReviewNavigator() {
        @Override
        public void replay(long sessionId, int step, String followed) { }

        @Override
        public void studentYear(String code) { }

        @Override
        public void compare(long leftStill, long rightStill, String followed) { }

        @Override
        public void tag(long sessionId) { }

        @Override
        public void back() { }

        @Override
        public boolean canGoBack() { return false; }
    };
}
