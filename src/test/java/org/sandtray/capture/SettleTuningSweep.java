package org.sandtray.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.FixtureVideos.Role;
import org.sandtray.capture.SettleScoring.Decoded;
import org.sandtray.capture.SettleScoring.Result;
import org.sandtray.capture.SettleScoring.Summary;
import org.sandtray.vision.SettleParameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a check: the tuning sweep behind models/settle-detector.md, run on demand on the TUNING
 * fixtures only. {@code mvn -B -ntp -q test -Dtest=SettleTuningSweep -Dsettle.sweep=trace} prints
 * every fixture's decisions with the shipped parameters; {@code -Dsettle.sweep=grid} the grid.
 */
@EnabledIfSystemProperty(named = "settle.sweep", matches = "trace|grid|trace-all")
class SettleTuningSweep {

    @Test
    void sweep(@TempDir Path dir) throws Exception {
        SettleParameters shipped = SettleParameters.defaults();
        String mode = System.getProperty("settle.sweep");
        List<FixtureVideos.Fixture> fixtures = mode.equals("trace-all") ? FixtureVideos.all(shipped.settleMillis())
                : FixtureVideos.of(Role.TUNING, shipped.settleMillis());
        List<Decoded> decoded = new ArrayList<>();
        for (FixtureVideos.Fixture f : fixtures) decoded.add(Decoded.of(f, dir));
        try {
            if (mode.startsWith("trace")) {
                List<Result> results = new ArrayList<>();
                for (Decoded d : decoded) {
                    System.out.println("== " + d.fixture().name());
                    Result r = d.run(shipped, line -> System.out.println("   " + line));
                    System.out.println(r.line());
                    results.add(r);
                }
                System.out.println(Summary.of(results).line());
                return;
            }
            grid(shipped, decoded);
        } finally {
            decoded.forEach(Decoded::close);
        }
    }

    /**
     * Three stages, each with the other parameters as shipped: what counts as a change (pixel
     * threshold, noise factor, motion fraction); the arm's shape (largest area, share of the rim);
     * skin against sand (share of the change, rise of Cr).
     */
    private static void grid(SettleParameters p, List<Decoded> decoded) {
        System.out.println("stage 1: pixelThreshold noiseFactor motionFraction");
        for (int threshold : new int[] {20, 30, 45}) {
            for (double noise : new double[] {3, 4, 5, 6, 8}) {
                for (double motion : new double[] {0.0004, 0.0008, 0.002}) {
                    report(String.format(Locale.ROOT, "%2d %3.0f %.4f", threshold, noise, motion), decoded,
                            new SettleParameters(p.workWidth(), threshold, noise, motion, p.sceneFraction(), p.handFraction(),
                                    p.handMaxFraction(), p.rimMaxShare(), p.skinShare(), p.skinRise(), p.settleMillis()));
                }
            }
        }
        System.out.println("stage 2: handMaxFraction rimMaxShare");
        for (double handMax : new double[] {0.03, 0.1, 0.2, 0.35, 0.6, 1.0}) {
            for (double rim : new double[] {0.01, 0.03, 0.08, 0.15, 0.3, 0.6}) {
                report(String.format(Locale.ROOT, "%.2f %.2f", handMax, rim), decoded,
                        new SettleParameters(p.workWidth(), p.pixelThreshold(), p.noiseFactor(), p.motionFraction(), p.sceneFraction(),
                                p.handFraction(), handMax, rim, p.skinShare(), p.skinRise(), p.settleMillis()));
            }
        }
        System.out.println("stage 3: skinShare skinRise");
        for (double skin : new double[] {0.1, 0.3, 0.6, 0.9}) {
            for (int rise : new int[] {3, 6, 12, 24}) {
                report(String.format(Locale.ROOT, "%.1f %2d", skin, rise), decoded,
                        new SettleParameters(p.workWidth(), p.pixelThreshold(), p.noiseFactor(), p.motionFraction(), p.sceneFraction(),
                                p.handFraction(), p.handMaxFraction(), p.rimMaxShare(), skin, rise, p.settleMillis()));
            }
        }
    }

    private static void report(String point, List<Decoded> decoded, SettleParameters q) {
        List<Result> results = new ArrayList<>();
        for (Decoded d : decoded) results.add(d.run(q, null));
        Summary s = Summary.of(results);
        int held = results.stream().mapToInt(Result::heldStills).sum();
        System.out.printf(Locale.ROOT, "%s  P %.2f R %.2f  held %d  %s%n", point, s.precision(), s.recall(), held,
                results.stream().filter(r -> r.truePositives() != r.expected() || r.falsePositives() > 0)
                        .map(r -> r.fixture().name() + "(-" + (r.expected() - r.truePositives()) + "+" + r.falsePositives() + ")").toList());
    }
}
