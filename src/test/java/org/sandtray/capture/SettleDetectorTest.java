package org.sandtray.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.FixtureVideos.Fixture;
import org.sandtray.capture.FixtureVideos.Role;
import org.sandtray.capture.SettleScoring.Result;
import org.sandtray.capture.SettleScoring.Summary;
import org.sandtray.vision.SettleParameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settle detector scored on fixtures HELD OUT from its tuning (the tuning set is in
 * FixtureVideos.tuning and models/settle-detector.md): placements by hands of other skin colours,
 * sand smoothed, a camera nudged once and twice, figures knocked off the tray, flicker, noise,
 * and real footage with frozen stretches after cuts. Each video goes through FFmpeg and the
 * command line's own capture loop.
 */
class SettleDetectorTest {

    @Test
    void heldOutFixturesGiveOneStillPerNewSceneAndNoneOtherwise(@TempDir Path dir) throws Exception {
        SettleParameters parameters = SettleParameters.defaults();
        List<Result> results = new ArrayList<>();
        for (Fixture fixture : FixtureVideos.of(Role.HELD_OUT, parameters.settleMillis())) {
            Path video = FixtureVideos.video(fixture, dir);
            List<Long> times = new ArrayList<>();
            new CaptureRun(new StillEncoder(80), 0).run(FfmpegSource.file(video), new CaptureRun.Settle(parameters, null), 0,
                    still -> times.size(), () -> false, id -> { }).forEach(t -> times.add(t.sourceMillis()));
            results.add(SettleScoring.score(fixture, times));
        }
        Summary summary = Summary.of(results);
        StringBuilder report = new StringBuilder();
        results.forEach(r -> report.append(r.line()).append('\n'));
        report.append(summary.line());
        System.out.println(report);
        assertTrue(summary.expected() >= 15, report.toString());
        assertEquals(1.0, summary.recall(), report.toString());
        assertEquals(1.0, summary.precision(), report.toString());
    }

    @Test
    void theCapturesLogSaysAtInfoWhyNoStillIsTaken() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(CaptureRun.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        ch.qos.logback.classic.Level before = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            // a hand from the right rests 6 s over the tray, then leaves; later one passes and places nothing
            DemoTrayScene scene = new DemoTrayScene(640, 480, List.of(new DemoTrayScene.Visit(1000, 0.8, 0.5, 1, true, 6000),
                    new DemoTrayScene.Visit(11_000, 0.4, 0.1, 2, false)), DemoTrayScene.Lighting.STEADY, 0);
            int[] frames = {0};
            List<CaptureRun.Taken> taken = new CaptureRun(new StillEncoder(80), 0).run(new DemoTraySource(scene, 15, false),
                    new CaptureRun.Settle(SettleParameters.defaults(), null), 0, still -> frames[0], () -> frames[0]++ > 15 * 16, id -> { });
            List<String> info = lines.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.INFO)
                    .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
            String all = String.join("\n", info);
            assertTrue(info.stream().anyMatch(l -> l.startsWith("tray not settled: hand over the tray at the right rim")), all);
            assertTrue(info.stream().anyMatch(l -> l.contains("change held still for 3.0 s: taken as the new scene")), all);
            assertTrue(info.stream().anyMatch(l -> l.startsWith("tray settled but nothing changed since the last still")), all);
            assertEquals(2, taken.size(), "the held change, then the tray after the hand left: " + all);
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(before);
        }
    }

    @Test
    void realFootageWithTwoFrozenStretchesAfterCutsGivesTwoStills() throws Exception {
        SettleParameters parameters = SettleParameters.defaults();
        Fixture cuts = FixtureVideos.of(Role.HELD_OUT, parameters.settleMillis()).stream()
                .filter(f -> f.name().equals("real-test-cuts")).findFirst().orElseThrow();
        List<Long> times = new ArrayList<>();
        new CaptureRun(new StillEncoder(80), 0).run(FfmpegSource.file(FixtureVideos.video(cuts, null)),
                new CaptureRun.Settle(parameters, null), 0, still -> times.size(), () -> false, id -> { })
                .forEach(t -> times.add(t.sourceMillis()));
        Result r = SettleScoring.score(cuts, times);
        assertEquals(2, r.truePositives(), r.line());
        assertEquals(0, r.falsePositives(), r.line());
    }
}
