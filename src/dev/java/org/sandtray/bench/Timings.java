package org.sandtray.bench;

import java.util.Arrays;
import java.util.Locale;

/** Repeated wall-clock measurements of one operation, summarised by their median. */
public final class Timings {
    /** Something measured; may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private final long[] nanos;

    private Timings(long[] nanos) {
        this.nanos = nanos;
    }

    public static Timings measure(int warmup, int runs, Step step) throws Exception {
        for (int i = 0; i < warmup; i++) step.run();
        long[] n = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            step.run();
            n[i] = System.nanoTime() - t0;
        }
        return new Timings(n);
    }

    /** Timings measured elsewhere (in nanoseconds). */
    public static Timings of(java.util.List<Long> nanos) {
        return new Timings(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    public double medianMillis() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
        return median / 1e6;
    }

    public int runs() { return nanos.length; }

    /** One line: name, median, runs, and the ratio to a baseline measured in the same run. */
    public String line(String name, Timings baseline, String baselineName) {
        String ratio = baseline == null ? "" : String.format(Locale.ROOT, "  = %.2fx %s (%.3f ms)",
                medianMillis() / baseline.medianMillis(), baselineName, baseline.medianMillis());
        return String.format(Locale.ROOT, "%-46s median %9.3f ms over %3d runs%s", name, medianMillis(), runs(), ratio);
    }
}
