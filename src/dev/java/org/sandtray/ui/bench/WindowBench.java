package org.sandtray.ui.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.bench.Timings;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Stills;
import org.sandtray.ui.Messages;
import org.sandtray.ui.tagging.StudentColours;
import org.sandtray.ui.tagging.TaggingModel;
import org.sandtray.ui.tagging.TaggingView;
import org.sandtray.ui.tagging.UndoStack;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * The window's figure: switching the tagging view to a 1920x1080 still with 40 markers (read the
 * markers, decode the image, draw), median of repeated switches, beside decoding the image alone.
 * Then the student-year screen ({@link StudentYearBench}) on the generated library in {@code --work DIR}.
 * Run on a display (Xvfb): {@code DISPLAY=:99 mvn -q -B -Pdev test-compile exec:exec -Ddev.main=org.sandtray.ui.bench.WindowBench -Ddev.args="--work DIR"}.
 */
public final class WindowBench {
    private WindowBench() {}

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        Path dir = Files.createTempDirectory("window-bench");
        try (Library library = Library.create(dir, "bench", false)) {
            List<Still> stills = prepare(library);
            Platform.startup(() -> { });
            Platform.setImplicitExit(false); // the next bench opens its own window after this one closes
            CompletableFuture<String> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(measure(library, stills));
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            out.println(result.get());
            // the student-year screen (issue 7) on the generated library kept in --work (made once, about 15 minutes)
            Path work = Path.of(args.length >= 2 && args[0].equals("--work") ? args[1] : "target/bench-window");
            new StudentYearBench(out).run(work);
        } finally {
            Platform.exit();
        }
    }

    private static List<Still> prepare(Library library) {
        library.students().add(new org.sandtray.library.Students.Draft("B1", "bench", null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
        long session = library.sessions().startIndividual("B1", null, Instant.now()).id();
        byte[] jpeg = SampleJpeg.textured(1920, 1080, 5);
        List<Still> stills = new ArrayList<>();
        Random random = new Random(3);
        List<String> figures = library.figures().list().stream().map(f -> f.nameZh()).limit(40).toList();
        for (int i = 0; i < 10; i++) {
            stills.add(library.stills().add(SampleJpeg.variant(jpeg, i), new Stills.Meta(session, Instant.now().plusSeconds(i),
                    null, null, null, "bench")));
        }
        for (String figure : figures) {
            library.placements().place(new Placements.Request(stills.get(0).id(), figure, "B1",
                    new TrayPoint(random.nextDouble(), random.nextDouble()), null, null, null, false, null, null));
        }
        return stills;
    }

    private static String measure(Library library, List<Still> stills) throws Exception {
        TaggingModel model = new TaggingModel(library, new Messages(Locale.SIMPLIFIED_CHINESE), new UndoStack());
        // decoding on the caller's thread: the figure is the whole switch, as the counselor waits for it
        TaggingView view = new TaggingView(model, library, new Messages(Locale.SIMPLIFIED_CHINESE),
                org.sandtray.ui.StillDecoder.of(library), org.sandtray.ui.Background.direct(), c -> c);
        view.colours(StudentColours.of(library, List.of("B1")));
        Stage stage = new Stage();
        stage.setScene(new Scene(view.view(), 1280, 800));
        stage.show();
        int[] i = {0};
        Timings switching = Timings.measure(5, 30, () -> view.show(stills.get(i[0]++ % stills.size())));
        if (model.markers().size() != 40) throw new IllegalStateException("expected 40 markers, saw " + model.markers().size());
        Timings decoding = Timings.measure(5, 30, () -> {
            try (InputStream in = library.stills().open(stills.get(i[0]++ % stills.size()))) {
                new javafx.scene.image.Image(new ByteArrayInputStream(in.readAllBytes()));
            }
        });
        stage.close();
        return switching.line("switch to a 1920x1080 still with 40 markers", decoding, "decoding the JPEG alone");
    }
}
