package org.sandtray.bench;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.DemoTraySource;
import org.sandtray.capture.LibraryStillSink;
import org.sandtray.capture.CapturedStill;
import org.sandtray.capture.StillEncoder;
import org.sandtray.library.Library;
import org.sandtray.vision.SettleDetector;
import org.sandtray.vision.SettleParameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * The capture figures: frame to committed still, live-frame conversion, the settle detector,
 * the demo preview rate and CPU, and resident memory over 10,000 frames. Medians beside
 * baselines measured in the same run.
 */
public final class CaptureBench {
    private final PrintWriter out;

    public CaptureBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path work) throws Exception {
        Files.createDirectories(work);
        frameToStill(work.resolve("still-bench"));
        liveConversion();
        settle();
        previewRate();
        memory(work.resolve("memory-bench"));
        LibraryBench.deleteTree(work);
        out.flush();
    }

    private static Mat frame(int w, int h, long millis) {
        Mat m = new Mat();
        new DemoTrayScene(w, h, DemoTrayScene.standard(w, h).visits(), DemoTrayScene.Lighting.STEADY, 0).render(m, millis);
        return m;
    }

    private void frameToStill(Path folder) throws Exception {
        LibraryBench.deleteTree(folder);
        StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);
        try (Mat frame = frame(1920, 1080, 60_000); Library library = Library.create(folder, "bench")) {
            library.students().add(new org.sandtray.library.Students.Draft("B1", "bench", null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("B1", null, Instant.now()).id();
            LibraryStillSink sink = new LibraryStillSink(library, session, null, null);
            long[] n = {0};
            Path raw = folder.resolve("raw");
            Files.createDirectories(raw);
            // alternate the two so drift in the machine's load hits both alike
            Timings[] pair = new Timings[2];
            pair[0] = Timings.measure(3, 30, () -> {
                frame.ptr(0, 0).put((byte) (n[0]++)); // a new picture each time, as from a camera
                sink.store(new CapturedStill(encoder.jpeg(frame), 1920, 1080, Instant.now(), "bench"));
            });
            pair[1] = Timings.measure(3, 30, () -> {
                frame.ptr(0, 0).put((byte) (n[0]++));
                try (BytePointer jpeg = new BytePointer(); IntPointer q = new IntPointer(IMWRITE_JPEG_QUALITY, 90)) {
                    imencode(".jpg", frame, jpeg, q);
                    byte[] bytes = new byte[(int) jpeg.limit()];
                    jpeg.get(bytes);
                    try (FileChannel ch = FileChannel.open(raw.resolve("f" + n[0]), StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                        ch.write(ByteBuffer.wrap(bytes));
                        ch.force(true);
                    }
                }
            });
            out.println(pair[0].line("frame to committed still, 1920x1080", pair[1], "bare imencode+write+fsync"));
        }
    }

    private void liveConversion() throws Exception {
        try (Mat frame = frame(1280, 720, 30_000); Mat copy = new Mat()) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1280 * 720 * 4);
            try (BytePointer pointer = new BytePointer(buffer); Mat bgra = new Mat(720, 1280, CV_8UC4, pointer)) {
                Timings convert = Timings.measure(50, 500, () -> cvtColor(frame, bgra, COLOR_BGR2BGRA));
                Timings plain = Timings.measure(50, 500, () -> frame.copyTo(copy));
                out.println(convert.line("live frame BGR->BGRA into the PixelBuffer's memory, 1280x720", plain, "plain copyTo"));
            }
        }
    }

    private void settle() throws Exception {
        DemoTrayScene scene = DemoTrayScene.standard(640, 480);
        Mat[] frames = new Mat[120];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new Mat();
            scene.render(frames[i], 2000 + i * 66L);
        }
        try (SettleDetector detector = new SettleDetector(SettleParameters.defaults(), null); Mat grey = new Mat()) {
            int[] i = {0};
            Timings detect = Timings.measure(100, 1000, () -> {
                int k = i[0]++;
                detector.offer(frames[k % frames.length], k * 66L);
            });
            Timings baseline = Timings.measure(100, 1000, () -> cvtColor(frames[i[0]++ % frames.length], grey, COLOR_BGR2GRAY));
            out.println(detect.line("settle detector per 640x480 frame", baseline, "cvtColor to grey"));
        } finally {
            for (Mat m : frames) m.close();
        }
    }

    private void previewRate() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1280 * 720 * 4);
        try (DemoTraySource source = new DemoTraySource(DemoTrayScene.standard(1280, 720), 60, true);
             BytePointer pointer = new BytePointer(buffer); Mat bgra = new Mat(720, 1280, CV_8UC4, pointer)) {
            source.open();
            for (int i = 0; i < 60; i++) cvtColor(source.grab(), bgra, COLOR_BGR2BGRA);
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            int frames = 600;
            for (int i = 0; i < frames; i++) cvtColor(source.grab(), bgra, COLOR_BGR2BGRA);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cores = (os.getProcessCpuTime() - cpu0) / 1e9 / seconds;
            out.printf(Locale.ROOT, "%-46s %.1f fps (paced at 60), %.2f of a core%n", "demo camera + preview conversion, 1280x720",
                    frames / seconds, cores);
        }
        try (DemoTraySource source = new DemoTraySource(DemoTrayScene.standard(1280, 720), 60, false)) {
            source.open();
            long t0 = System.nanoTime();
            for (int i = 0; i < 600; i++) source.grab();
            out.printf(Locale.ROOT, "%-46s %.1f fps unpaced (the ceiling)%n", "demo camera rendering alone, 1280x720",
                    600 / ((System.nanoTime() - t0) / 1e9));
        }
    }

    private void memory(Path folder) throws Exception {
        LibraryBench.deleteTree(folder);
        StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);
        ByteBuffer buffer = ByteBuffer.allocateDirect(1280 * 720 * 4);
        long after1000 = 0;
        try (Library library = Library.create(folder, "bench");
             DemoTraySource source = new DemoTraySource(DemoTrayScene.standard(1280, 720), 30, false);
             BytePointer pointer = new BytePointer(buffer); Mat bgra = new Mat(720, 1280, CV_8UC4, pointer)) {
            library.students().add(new org.sandtray.library.Students.Draft("B1", "bench", null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("B1", null, Instant.now()).id();
            LibraryStillSink sink = new LibraryStillSink(library, session, null, null);
            source.open();
            for (int i = 1; i <= 10_000; i++) {
                Mat frame = source.grab();
                cvtColor(frame, bgra, COLOR_BGR2BGRA);
                if (i % 100 == 0) {
                    try (Mat copy = frame.clone()) {
                        sink.store(new CapturedStill(encoder.jpeg(copy), 1280, 720, Instant.now(), "bench"));
                    }
                }
                if (i == 1000) after1000 = settledRssKb();
            }
        }
        long after10000 = settledRssKb();
        out.printf(Locale.ROOT, "%-46s %d MB after 1,000 frames, %d MB after 10,000: %+d MB (100 stills stored)%n",
                "resident memory, grab+preview+capture/100", after1000 / 1024, after10000 / 1024, (after10000 - after1000) / 1024);
    }

    /** Resident memory once the garbage collector has run, so garbage waiting to be collected is not counted as growth. */
    private static long settledRssKb() throws java.io.IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rssKb();
    }

    private static long rssKb() throws java.io.IOException {
        return Soak.residentKb();
    }
}
