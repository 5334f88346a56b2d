package org.sandtray.bench;

import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.domain.TurnAction;
import org.sandtray.export.ExportOptions;
import org.sandtray.export.ExportScope;
import org.sandtray.export.Exporter;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;
import org.sandtray.vision.FaceDetector;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * The export's figures: a 12-still 1920x1080 session exported with its PDF (target 5 s), a
 * student's year of 20 sessions and 120 stills (target 30 s, with progress), face detection on a
 * 1080p still (target 150 ms); each beside the baseline of decoding and re-encoding the same
 * stills, measured in the same run. Stills are the demo camera's tray at 1920x1080, a hand in
 * most of them, under a tray setup (so the export warps the tray top-down).
 */
public final class ExportBench {
    private final PrintWriter out;

    public ExportBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path work, int runs) throws Exception {
        LibraryBench.deleteTree(work);
        Files.createDirectories(work);
        List<byte[]> stills = stills(120);
        out.printf(Locale.ROOT, "stills: 1920x1080 JPEG, %d KB on average%n",
                stills.stream().mapToInt(b -> b.length).sum() / stills.size() / 1024);
        try (Library library = Library.create(work.resolve("library"), "bench", false)) {
            long session = fill(library, stills);
            StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);
            List<byte[]> twelve = stills.subList(0, 12);
            Timings baseline12 = Timings.measure(1, runs, () -> {
                for (byte[] b : twelve) decodeEncode(b, encoder);
            });
            Timings baselineOne = Timings.measure(3, 24, () -> decodeEncode(twelve.get(0), encoder));
            Timings faces;
            try (FaceDetector detector = new FaceDetector()) {
                Mat[] decoded = new Mat[12];
                for (int i = 0; i < 12; i++) decoded[i] = decode(twelve.get(i));
                int[] n = {0};
                faces = Timings.measure(3, 24, () -> detector.find(decoded[n[0]++ % 12]));
                for (Mat m : decoded) m.close();
            }
            int[] k = {0};
            java.util.Map<org.sandtray.export.ExportProgress.Step, Long> firstSeen = new java.util.EnumMap<>(org.sandtray.export.ExportProgress.Step.class);
            Timings sessionExport = Timings.measure(1, runs, () -> {
                firstSeen.clear();
                firstSeen.put(org.sandtray.export.ExportProgress.Step.READING, System.nanoTime());
                new Exporter(library).export(ExportScope.session(session), ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE),
                        work.resolve("session-" + k[0]++), (d, t, s) -> firstSeen.putIfAbsent(s, System.nanoTime()), () -> false);
                firstSeen.put(org.sandtray.export.ExportProgress.Step.FINISHING, System.nanoTime());
            });
            StringBuilder phases = new StringBuilder("last session export by phase:");
            Long previous = null;
            org.sandtray.export.ExportProgress.Step previousStep = null;
            for (var e : firstSeen.entrySet()) {
                if (previous != null) phases.append(String.format(Locale.ROOT, " %s %.0f ms;", previousStep.name().toLowerCase(Locale.ROOT), (e.getValue() - previous) / 1e6));
                previous = e.getValue();
                previousStep = e.getKey();
            }
            Timings baseline120 = Timings.measure(0, 1, () -> {
                for (byte[] b : stills) decodeEncode(b, encoder);
            });
            AtomicInteger updates = new AtomicInteger();
            Timings yearExport = Timings.measure(0, 1, () -> new Exporter(library).export(ExportScope.student("B01", null, null),
                    ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE), work.resolve("year"), (d, t, s) -> updates.incrementAndGet(),
                    () -> false));

            out.println(baselineOne.line("baseline: decode + encode one 1080p still", null, null));
            out.println(faces.line("face detection, one 1080p still (target 150)", baselineOne, "decode+encode"));
            out.println(baseline12.line("baseline: decode + encode 12 stills", null, null));
            out.println(sessionExport.line("export 12-still session with PDF (target 5000)", baseline12, "decode+encode"));
            out.println(baseline120.line("baseline: decode + encode 120 stills", null, null));
            out.println(yearExport.line("export a student's year, 120 stills (target 30000)", baseline120, "decode+encode"));
            out.println(phases);
            out.printf(Locale.ROOT, "progress updates during the year's export: %d%n", updates.get());
            out.printf(Locale.ROOT, "within targets: faces %s, session %s, year %s%n", faces.medianMillis() <= 150,
                    sessionExport.medianMillis() <= 5000, yearExport.medianMillis() <= 30000);
        }
        LibraryBench.deleteTree(work);
        out.flush();
    }

    private static void decodeEncode(byte[] jpeg, StillEncoder encoder) {
        try (Mat m = decode(jpeg)) {
            encoder.jpeg(m);
        }
    }

    private static Mat decode(byte[] jpeg) {
        try (Mat buffer = new Mat(jpeg)) {
            return imdecode(buffer, IMREAD_COLOR);
        }
    }

    /** The demo tray at 1080p at moments across its loop, most with a hand reaching in. */
    private static List<byte[]> stills(int count) {
        DemoTrayScene scene = DemoTrayScene.standard(1920, 1080);
        StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);
        List<byte[]> out = new ArrayList<>();
        try (Mat frame = new Mat()) {
            for (int i = 0; i < count; i++) {
                scene.render(frame, 2600 + i * 617L);
                out.add(encoder.jpeg(frame));
            }
        }
        return out;
    }

    /** B01's year: 20 individual sessions of 6 stills with a figure each; the first 12 stills also make one group-sized session. */
    private static long fill(Library library, List<byte[]> stills) {
        Consent photo = new Consent(ConsentKind.PHOTO, true, true, null, null);
        Consent part = new Consent(ConsentKind.PARTICIPATION, true, true, null, null);
        library.students().add(new Students.Draft("B01", "测试学生", "5", "1", part, photo));
        TraySetup setup = library.traySetups().add(DemoTrayScene.standard(1920, 1080).traySetup());
        String[] figures = {"老虎", "房子", "松树", "小桥"};
        Instant day = Instant.parse("2026-02-24T04:40:00Z");
        long first = 0;
        for (int s = 0; s < 20; s++) {
            int perSession = s == 0 ? 12 : 6;
            long id = library.sessions().startIndividual("B01", "第" + (s + 1) + "次", day).id();
            if (s == 0) first = id;
            library.sessions().useTraySetup(id, setup.id());
            for (int i = 0; i < perSession; i++) {
                byte[] bytes = stills.get((s == 0 ? i : 12 + ((s - 1) * 6 + i) % 108));
                library.turns().add(id, "B01", TurnAction.PLACE, figures[i % 4], null, day.plusSeconds(60L * i + 30));
                var still = library.stills().add(bytes, new Stills.Meta(id, day.plusSeconds(60L * i + 40), 1, null, setup.id(), "bench"));
                library.placements().place(new Placements.Request(still.id(), figures[i % 4], "B01",
                        new TrayPoint(0.1 + 0.07 * i, 0.2 + 0.05 * i), null, null, 90.0, false, null, null));
            }
            library.sessions().end(id, new Sessions.WrapUp("标题", "故事", "观察", "主题"), day.plusSeconds(3000));
            day = day.plus(Duration.ofDays(7));
        }
        return first;
    }
}
