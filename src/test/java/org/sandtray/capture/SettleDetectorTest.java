package org.sandtray.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.vision.SettleParameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settle detector on its fixture videos, decoded through FFmpeg: one still per placement,
 * at the expected time, and none for flicker, a shadow, or a hand that placed nothing.
 */
class SettleDetectorTest {
    /** A still may come this much later than expected (frame spacing plus the detector's own lag). */
    private static final long TOLERANCE_MILLIS = 500;
    /** The arm leaves the picture a frame or two before the visit ends, so the still may come this much early. */
    private static final long EARLY_MILLIS = 200;

    @Test
    void oneStillPerPlacementOnEveryFixture(@TempDir Path dir) throws Exception {
        SettleParameters parameters = SettleParameters.defaults();
        int truePositives = 0;
        int falsePositives = 0;
        int expected = 0;
        List<String> report = new ArrayList<>();
        for (FixtureVideos.Fixture fixture : FixtureVideos.all(parameters.settleMillis())) {
            Path video = FixtureVideos.record(fixture, dir);
            List<Long> times = new ArrayList<>();
            new CaptureRun(new StillEncoder(80), 0).run(FfmpegSource.file(video), new CaptureRun.Settle(parameters, null), 0,
                    still -> times.size(), () -> false, id -> { }).forEach(t -> times.add(t.sourceMillis()));
            List<Long> open = new ArrayList<>(fixture.expectedMillis());
            int tp = 0;
            int fp = 0;
            for (long t : times) {
                Long match = open.stream().filter(e -> t >= e - EARLY_MILLIS && t <= e + TOLERANCE_MILLIS).findFirst().orElse(null);
                if (match != null) {
                    open.remove(match);
                    tp++;
                } else {
                    fp++;
                }
            }
            truePositives += tp;
            falsePositives += fp;
            expected += fixture.expectedMillis().size();
            report.add(String.format(Locale.ROOT, "%-28s expected %s got %s", fixture.name(), fixture.expectedMillis(), times));
        }
        double precision = truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        double recall = expected == 0 ? 1 : (double) truePositives / expected;
        String summary = String.join("\n", report) + String.format(Locale.ROOT, "%nprecision %.2f recall %.2f", precision, recall);
        System.out.println(summary);
        assertEquals(1.0, recall, summary);
        assertEquals(1.0, precision, summary);
        assertTrue(truePositives >= 6, summary);
    }
}
