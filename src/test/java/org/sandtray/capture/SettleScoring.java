package org.sandtray.capture;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.capture.FixtureVideos.Fixture;
import org.sandtray.capture.FixtureVideos.Window;
import org.sandtray.vision.SettleDetector;
import org.sandtray.vision.SettleParameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/** Scores the settle detector's stills against a fixture's expected windows: precision and recall. */
final class SettleScoring {
    private SettleScoring() {}

    /** One fixture's outcome. */
    record Result(Fixture fixture, List<Long> taken, int truePositives, int falsePositives, int heldStills) {
        int expected() { return fixture.expected().size(); }

        String line() {
            List<String> windows = fixture.expected().stream().map(w -> w.fromMillis() + "-" + w.toMillis()).toList();
            return String.format(Locale.ROOT, "%-30s %-8s expected %-26s taken %-22s %s", fixture.name(), fixture.role(), windows, taken,
                    truePositives == expected() && falsePositives == 0 ? "ok" : "MISSED " + (expected() - truePositives) + " EXTRA " + falsePositives);
        }
    }

    /** Totals over fixtures. */
    record Summary(int truePositives, int falsePositives, int expected) {
        double precision() { return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives); }

        double recall() { return expected == 0 ? 1 : (double) truePositives / expected; }

        static Summary of(List<Result> results) {
            int tp = 0;
            int fp = 0;
            int expected = 0;
            for (Result r : results) {
                tp += r.truePositives();
                fp += r.falsePositives();
                expected += r.expected();
            }
            return new Summary(tp, fp, expected);
        }

        String line() {
            return String.format(Locale.ROOT, "precision %.2f recall %.2f (%d stills expected, %d right, %d wrong)",
                    precision(), recall(), expected, truePositives, falsePositives);
        }
    }

    /** Each still matches at most one expected window, each window at most one still. */
    static Result score(Fixture fixture, List<Long> taken) {
        List<Window> open = new ArrayList<>(fixture.expected());
        int tp = 0;
        int fp = 0;
        for (long t : taken) {
            Window match = open.stream().filter(w -> w.contains(t)).findFirst().orElse(null);
            if (match != null) {
                open.remove(match);
                tp++;
            } else {
                fp++;
            }
        }
        return new Result(fixture, List.copyOf(taken), tp, fp, 0);
    }

    /** A fixture's frames decoded once through FFmpeg (shrunk to 320 wide, which the detector's own shrinking makes no different). */
    record Decoded(Fixture fixture, List<Mat> frames, List<Long> millis) implements AutoCloseable {
        static Decoded of(Fixture fixture, Path folder) throws Exception {
            List<Mat> frames = new ArrayList<>();
            List<Long> millis = new ArrayList<>();
            try (FfmpegSource source = FfmpegSource.file(FixtureVideos.video(fixture, folder))) {
                source.open();
                for (Mat m = source.grab(); m != null; m = source.grab()) {
                    Mat small = new Mat();
                    int h = (int) Math.round(m.rows() * 320.0 / m.cols());
                    try (Size size = new Size(320, h)) {
                        resize(m, small, size, 0, 0, INTER_AREA);
                    }
                    frames.add(small);
                    millis.add(source.timestampMillis());
                }
            }
            return new Decoded(fixture, frames, millis);
        }

        /** Runs a fresh detector over the frames; each decision goes to the watcher (may be null). */
        Result run(SettleParameters parameters, Consumer<String> watcher) {
            List<Long> taken = new ArrayList<>();
            int held = 0;
            SettleDetector.Reason last = null;
            try (SettleDetector detector = new SettleDetector(parameters, null)) {
                for (int i = 0; i < frames.size(); i++) {
                    SettleDetector.Decision d = detector.offer(frames.get(i), millis.get(i));
                    if (d.capture()) taken.add(millis.get(i));
                    if (d.reason() == SettleDetector.Reason.CHANGE_HELD) held++;
                    boolean everyFrame = fixture.name().equals(System.getProperty("settle.frames"));
                    if (watcher != null && (d.reason() != last || everyFrame)) {
                        watcher.accept(millis.get(i) + " ms: " + d.explain() + (everyFrame ? String.format(Locale.ROOT, " [motion %.4f]", d.motion()) : ""));
                    }
                    last = d.reason();
                }
            }
            Result r = score(fixture, taken);
            return new Result(fixture, r.taken(), r.truePositives(), r.falsePositives(), held);
        }

        @Override
        public void close() {
            frames.forEach(Mat::close);
        }
    }
}
