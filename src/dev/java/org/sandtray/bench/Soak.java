package org.sandtray.bench;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.capture.CameraFeed;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.DemoTraySource;
import org.sandtray.capture.LibraryStillSink;
import org.sandtray.capture.StillEncoder;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * A long session in minutes: the demo camera unpaced through the window's {@link CameraFeed}, every
 * frame converted for the preview as {@code LivePreview} does (BGR to BGRA into a direct buffer),
 * a still taken every 200th frame and stored in a throw-away library. Resident memory (after the
 * collector has run) and the live thread count are read every 10,000 frames; the verdict is against
 * "within 50 MB of the figure after warm-up, thread count flat". Run it with -XX:+AlwaysPreTouch: the
 * JVM's committed heap is then resident from the start, so what grows is what the program keeps.
 */
public final class Soak {
    /** What one reading showed. */
    public record Sample(long frames, long stills, long residentKb, long heapUsedKb, long jvmCommittedKb, int threads) {}

    /** The verdict and the readings behind it. */
    public record Result(List<Sample> samples, long growthKb, int threadGrowth, boolean memoryFlat, boolean threadsFlat) {}

    static final long WARM_UP = 10_000;
    static final long EVERY = 10_000;
    static final long MEMORY_LIMIT_KB = 50 * 1024;
    static final int THREAD_LIMIT = 2;

    private final PrintWriter out;

    public Soak(PrintWriter out) {
        this.out = out;
    }

    public Result run(Path work, long frames, int stillEvery) throws Exception {
        LibraryBench.deleteTree(work);
        Files.createDirectories(work);
        if (!ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch")) {
            out.println("note: without -XX:+AlwaysPreTouch the Java heap's pages count as resident only once first used, "
                    + "which shows as a one-time rise after warm-up (docs/performance.md, Soak)");
        }
        AtomicLong seen = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        List<Sample> samples = new ArrayList<>();
        ByteBuffer preview = ByteBuffer.allocateDirect(1280 * 720 * 4);
        try (Library library = Library.create(Files.createTempDirectory(work, "library-"), "soak"); // a throw-away library each run
             BytePointer pointer = new BytePointer(preview);
             Mat bgra = new Mat(720, 1280, CV_8UC4, pointer);
             CameraFeed feed = new CameraFeed(() -> new DemoTraySource(DemoTrayScene.standard(1280, 720), 30, false),
                     new StillEncoder(StillEncoder.DEFAULT_QUALITY))) {
            library.students().add(new org.sandtray.library.Students.Draft("SOAK", "soak", null, null, null, org.sandtray.bench.BenchConsent.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("SOAK", null, Instant.now()).id();
            LibraryStillSink sink = new LibraryStillSink(library, session, null, null);
            feed.onFrame((frame, millis) -> {
                long n = seen.incrementAndGet();
                if (n > frames) return;
                cvtColor(frame, bgra, COLOR_BGR2BGRA);
                if (n % stillEvery == 0) {
                    CompletableFuture<Long> still = feed.captureStill(sink);
                    still.whenComplete((id, e) -> (e == null ? stored : failed).incrementAndGet());
                }
                if (n == frames) done.countDown();
            });
            long t0 = System.nanoTime();
            feed.start();
            long next = WARM_UP;
            while (next <= frames) {
                while (seen.get() < next && done.getCount() > 0) Thread.sleep(5);
                Sample s = sample(next, stored.get());
                samples.add(s);
                if (next == WARM_UP) nativeMemory("baseline");
                out.printf(Locale.ROOT, "%,9d frames  %4d stills  resident %,8d KB  heap used %,8d KB  JVM committed %,8d KB  threads %d%n",
                        s.frames(), s.stills(), s.residentKb(), s.heapUsedKb(), s.jvmCommittedKb(), s.threads());
                out.flush();
                next += EVERY;
            }
            if (!done.await(10, TimeUnit.MINUTES)) throw new IllegalStateException("the feed stopped before " + frames + " frames");
            double seconds = (System.nanoTime() - t0) / 1e9;
            String diff = nativeMemory("summary.diff");
            if (!diff.isEmpty()) out.println(diff);
            out.printf(Locale.ROOT, "%,d frames in %.0f s (%.0f fps), %d stills stored, %d failed%n",
                    frames, seconds, frames / seconds, stored.get(), failed.get());
        } finally {
            LibraryBench.deleteTree(work);
        }
        return verdict(samples);
    }

    Result verdict(List<Sample> samples) {
        Sample warm = samples.get(0);
        long maxResident = samples.stream().mapToLong(Sample::residentKb).max().orElse(warm.residentKb());
        int maxThreads = samples.stream().mapToInt(Sample::threads).max().orElse(warm.threads());
        long growth = maxResident - warm.residentKb();
        int threadGrowth = maxThreads - warm.threads();
        Result r = new Result(samples, growth, threadGrowth, growth <= MEMORY_LIMIT_KB, threadGrowth <= THREAD_LIMIT);
        out.printf(Locale.ROOT, "resident memory after warm-up (%,d frames): %,d KB; highest later: %,d KB: %+,d KB, limit %,d KB: %s%n",
                warm.frames(), warm.residentKb(), maxResident, growth, MEMORY_LIMIT_KB, r.memoryFlat() ? "PASS" : "FAIL");
        out.printf(Locale.ROOT, "threads after warm-up: %d; highest later: %d: %+d, limit +%d: %s%n",
                warm.threads(), maxThreads, threadGrowth, THREAD_LIMIT, r.threadsFlat() ? "PASS" : "FAIL");
        out.flush();
        return r;
    }

    private static Sample sample(long frames, long stills) throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        var memory = ManagementFactory.getMemoryMXBean();
        long committed = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        return new Sample(frames, stills, residentKb(), memory.getHeapMemoryUsage().getUsed() / 1024,
                committed / 1024, ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** The JVM's own account of its native memory, when started with -XX:NativeMemoryTracking=summary; "" otherwise. */
    private static String nativeMemory(String what) {
        try {
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {what}}, new String[] {String[].class.getName()});
            String text = String.valueOf(r);
            return text.contains("not enabled") ? "" : text;
        } catch (Exception e) {
            return "";
        }
    }

    /** VmRSS from /proc where there is one (Linux); elsewhere JavaCPP's reading of the process's physical memory. */
    static long residentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return Pointer.physicalBytes() / 1024;
    }
}
