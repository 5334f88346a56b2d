package org.sandtray.capture;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.sandtray.capture.FixtureScenes.Arm;
import org.sandtray.capture.FixtureScenes.KnockOver;
import org.sandtray.capture.FixtureScenes.Lighting;
import org.sandtray.capture.FixtureScenes.Nudge;
import org.sandtray.capture.FixtureScenes.Scene;
import org.sandtray.capture.FixtureScenes.Smoothing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.sandtray.capture.FixtureScenes.BLUE_SLEEVE;
import static org.sandtray.capture.FixtureScenes.DARK_SKIN;
import static org.sandtray.capture.FixtureScenes.DEMO_SKIN;
import static org.sandtray.capture.FixtureScenes.PINK_SKIN;

/**
 * The settle detector's fixtures, each with the time windows in which a still must be taken.
 * Two sets that share no footage: the TUNING set chose the parameters (see
 * models/settle-detector.md), the HELD_OUT set scores them. Rendered fixtures are drawn
 * (deterministically) and recorded through FFmpeg as MJPEG AVI at 640x480, 15 fps, by the test
 * that needs them; the real-footage clips are committed in fixtures/settle/ (made from
 * fixtures/real/Megamind.avi by fixtures/settle/make-clips.sh).
 */
final class FixtureVideos {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double FPS = 15;
    /** The arm leaves the picture a frame or two before the visit ends, so a still may come this much early. */
    static final long EARLY_MILLIS = 200;
    /** Frame spacing plus the detector's own lag. */
    static final long LATE_MILLIS = 500;

    enum Role { TUNING, HELD_OUT }

    /** A still taken between these source times counts for this expectation. */
    record Window(long fromMillis, long toMillis) {
        boolean contains(long t) { return t >= fromMillis && t <= toMillis; }
    }

    /** Where a fixture's frames come from: drawn and recorded, or a committed clip. */
    sealed interface Footage permits Rendered, Clip {}

    record Rendered(Scene scene, long lengthMillis) implements Footage {}

    record Clip(Path file) implements Footage {}

    record Fixture(String name, Role role, Footage footage, List<Window> expected) {}

    private FixtureVideos() {}

    /** A placement: the still comes the settle time after the hand has left. */
    static Window afterHandLeft(long leftAtMillis, long settleMillis) {
        return new Window(leftAtMillis + settleMillis - EARLY_MILLIS, leftAtMillis + settleMillis + LATE_MILLIS);
    }

    /**
     * A change that stays and could pass for a hand still over the tray (figures knocked over at
     * the rim): a still after the settle time or, at the latest, after twice the settle time
     * (judged a hand at first, then taken as the new scene).
     */
    static Window newScene(long stillFromMillis, long settleMillis) {
        return new Window(stillFromMillis + settleMillis - EARLY_MILLIS, stillFromMillis + 2 * settleMillis + LATE_MILLIS);
    }

    /**
     * A change that stays and is plainly no hand (sand smoothed wall to wall, a bumped camera, a cut
     * in the film): a still once the settle time has passed, not twice.
     */
    static Window notAHand(long stillFromMillis, long settleMillis) {
        return afterHandLeft(stillFromMillis, settleMillis);
    }

    static List<Fixture> all(long settleMillis) {
        List<Fixture> all = new ArrayList<>(tuning(settleMillis));
        all.addAll(heldOut(settleMillis));
        return all;
    }

    static List<Fixture> of(Role role, long settleMillis) {
        return role == Role.TUNING ? tuning(settleMillis) : heldOut(settleMillis);
    }

    static List<Fixture> tuning(long s) {
        List<Fixture> f = new ArrayList<>();
        DemoTrayScene.Lighting steady = DemoTrayScene.Lighting.STEADY;
        DemoTrayScene.Visit first = new DemoTrayScene.Visit(1000, 0.35, 0.40, 0, true);
        DemoTrayScene.Visit second = new DemoTrayScene.Visit(5500, 0.75, 0.70, 1, true);
        DemoTrayScene.Visit hover = new DemoTrayScene.Visit(1000, 0.55, 0.50, 2, true, 2600);
        DemoTrayScene.Visit empty = new DemoTrayScene.Visit(1000, 0.50, 0.30, 3, false);
        DemoTrayScene.Visit nearRim = new DemoTrayScene.Visit(1000, 0.06, 0.90, 4, true);
        f.add(tuning("hand-places-one", demo(List.of(first), steady), 6000, afterHandLeft(first.leftAtMillis(), s)));
        f.add(tuning("two-placements", demo(List.of(first, second), steady), 10500,
                afterHandLeft(first.leftAtMillis(), s), afterHandLeft(second.leftAtMillis(), s)));
        f.add(tuning("hand-hovers-then-leaves", demo(List.of(hover), steady), 8000, afterHandLeft(hover.leftAtMillis(), s)));
        f.add(tuning("hand-passes-places-nothing", demo(List.of(empty), steady), 6000));
        f.add(tuning("placement-near-the-rim", demo(List.of(nearRim), steady), 6000, afterHandLeft(nearRim.leftAtMillis(), s)));
        f.add(tuning("lighting-flicker", demo(List.of(), new DemoTrayScene.Lighting(0.12, 0)), 6000));
        f.add(tuning("slow-shadow", demo(List.of(), new DemoTrayScene.Lighting(0, 9000)), 8000));
        f.add(tuning("placement-under-flicker", demo(List.of(first), new DemoTrayScene.Lighting(0.12, 0)), 6000,
                afterHandLeft(first.leftAtMillis(), s)));

        Smoothing smooth = new Smoothing(1000, 2000, 7, false, DEMO_SKIN);
        Arm after = new Arm(7000, 0.3, 0.4, 400, DEMO_SKIN, DEMO_SKIN, new Scalar(60, 60, 220, 0));
        f.add(tuning("sand-smoothed", FixtureScenes.compose(FixtureScenes.sandOnly(tray(List.of()), WIDTH, HEIGHT),
                List.of(smooth, after)), 11000, notAHand(smooth.leftAtMillis(), s), afterHandLeft(after.leftAtMillis(), s)));

        Nudge nudge = new Nudge(2000, 300, 8, -5);
        Arm later = new Arm(6000, 0.62, 0.2, 400, DEMO_SKIN, DEMO_SKIN, new Scalar(50, 160, 50, 0));
        f.add(tuning("camera-nudged", FixtureScenes.compose(table(), List.of(later), Lighting.STEADY, List.of(nudge), 0), 10000,
                notAHand(nudge.startMillis() + nudge.moveMillis(), s), afterHandLeft(later.leftAtMillis(), s)));

        KnockOver knock = new KnockOver(1500, 0.5, 0.8, 0, 0.12, DEMO_SKIN);
        Arm next = new Arm(6500, 0.25, 0.3, 400, DEMO_SKIN, DEMO_SKIN, new Scalar(200, 60, 60, 0));
        f.add(tuning("figures-knocked-over", FixtureScenes.compose(table(), List.of(knock, next)), 10500,
                newScene(knock.leftAtMillis(), s), afterHandLeft(next.leftAtMillis(), s)));

        Arm sleeve = new Arm(1000, 0.4, 0.45, 2400, BLUE_SLEEVE, DEMO_SKIN, new Scalar(0, 215, 255, 0));
        f.add(tuning("sleeved-hand-hovers", FixtureScenes.compose(FixtureScenes.demo(tray(List.of())), List.of(sleeve)), 8000,
                afterHandLeft(sleeve.leftAtMillis(), s)));

        f.add(clip("real-tune-cut", Role.TUNING, s, 2000, 7400));
        return f;
    }

    static List<Fixture> heldOut(long s) {
        List<Fixture> f = new ArrayList<>();
        Arm a = new Arm(1000, 0.2, 0.3, 400, DARK_SKIN, DARK_SKIN, new Scalar(180, 50, 180, 0));
        Arm b = new Arm(5000, 0.8, 0.15, 400, DARK_SKIN, DARK_SKIN, new Scalar(30, 90, 140, 0));
        Arm c = new Arm(9000, 0.55, 0.85, 600, DARK_SKIN, DARK_SKIN, new Scalar(60, 60, 220, 0));
        f.add(heldOut("three-placements-dark-skin", FixtureScenes.compose(FixtureScenes.demo(tray(List.of())), List.of(a, b, c),
                Lighting.STEADY, List.of(), 3), 13000, afterHandLeft(a.leftAtMillis(), s), afterHandLeft(b.leftAtMillis(), s),
                afterHandLeft(c.leftAtMillis(), s)));

        Arm hover = new Arm(1000, 0.7, 0.5, 2500, PINK_SKIN, PINK_SKIN, new Scalar(50, 160, 50, 0));
        f.add(heldOut("hand-hovers-pink-skin", FixtureScenes.compose(FixtureScenes.demo(tray(List.of())), List.of(hover)), 8000,
                afterHandLeft(hover.leftAtMillis(), s)));

        Arm pass = new Arm(1000, 0.45, 0.35, 400, BLUE_SLEEVE, DARK_SKIN, null);
        f.add(heldOut("sleeve-passes-under-flicker", FixtureScenes.compose(FixtureScenes.demo(tray(List.of())), List.of(pass),
                new Lighting(0.1, 0, 4), List.of(), 0), 6000));

        Smoothing smooth = new Smoothing(1000, 2500, 6, true, DARK_SKIN);
        Arm after = new Arm(8000, 0.7, 0.3, 400, PINK_SKIN, PINK_SKIN, new Scalar(40, 140, 240, 0));
        f.add(heldOut("sand-smoothed-from-the-left", FixtureScenes.compose(FixtureScenes.sandOnly(tray(List.of()), WIDTH, HEIGHT),
                List.of(smooth, after)), 12000, notAHand(smooth.leftAtMillis(), s), afterHandLeft(after.leftAtMillis(), s)));

        Nudge nudge = new Nudge(1500, 200, -6, 7);
        Arm later = new Arm(5500, 0.3, 0.75, 400, DARK_SKIN, DARK_SKIN, new Scalar(200, 60, 60, 0));
        f.add(heldOut("camera-nudged-under-flicker", FixtureScenes.compose(table(), List.of(later), new Lighting(0, 8, 3),
                List.of(nudge), 0), 10000, notAHand(nudge.startMillis() + nudge.moveMillis(), s), afterHandLeft(later.leftAtMillis(), s)));

        Nudge once = new Nudge(1000, 300, 5, 4);
        Nudge twice = new Nudge(5500, 300, -4, 6);
        f.add(heldOut("camera-nudged-twice", FixtureScenes.compose(table(), List.of(), Lighting.STEADY, List.of(once, twice), 0), 9500,
                notAHand(once.startMillis() + once.moveMillis(), s), notAHand(twice.startMillis() + twice.moveMillis(), s)));

        KnockOver knock = new KnockOver(2000, 0.1, 0.5, -0.1, 0.02, PINK_SKIN);
        Arm next = new Arm(6500, 0.6, 0.6, 400, DARK_SKIN, DARK_SKIN, new Scalar(0, 215, 255, 0));
        f.add(heldOut("figures-knocked-off-the-left", FixtureScenes.compose(table(), List.of(knock, next), Lighting.STEADY, List.of(), 4),
                10500, newScene(knock.leftAtMillis(), s), afterHandLeft(next.leftAtMillis(), s)));

        f.add(heldOut("shadow-and-flicker", demo(List.of(), new DemoTrayScene.Lighting(0.1, 8000)), 8000));

        f.add(clip("real-test-cuts", Role.HELD_OUT, s, 2200, 8400));
        f.add(clip("real-test-jump", Role.HELD_OUT, s, 1600, 6600));
        f.add(clip("real-test-same-frame", Role.HELD_OUT, s, 1000));
        return f;
    }

    private static Fixture tuning(String name, Scene scene, long length, Window... expected) {
        return new Fixture(name, Role.TUNING, new Rendered(scene, length), List.of(expected));
    }

    private static Fixture heldOut(String name, Scene scene, long length, Window... expected) {
        return new Fixture(name, Role.HELD_OUT, new Rendered(scene, length), List.of(expected));
    }

    /** A committed clip that freezes after a cut or a jump at these times (film frames cloned by FFmpeg's tpad; see make-clips.sh). */
    private static Fixture clip(String name, Role role, long settleMillis, long... freezesAtMillis) {
        List<Window> expected = new ArrayList<>();
        // the last new frame is one frame (100 ms at 10 fps) before the first cloned one
        for (long t : freezesAtMillis) expected.add(notAHand(t - 100, settleMillis));
        return new Fixture(name, role, new Clip(Path.of("fixtures/settle", name + ".avi")), expected);
    }

    private static Scene demo(List<DemoTrayScene.Visit> visits, DemoTrayScene.Lighting lighting) {
        return FixtureScenes.demo(new DemoTrayScene(WIDTH, HEIGHT, visits, lighting, 0));
    }

    private static DemoTrayScene tray(List<DemoTrayScene.Visit> visits) {
        return new DemoTrayScene(WIDTH, HEIGHT, visits, DemoTrayScene.Lighting.STEADY, 0);
    }

    /** The tray on a table, with figures standing in it since before the recording began. */
    private static Scene table() {
        List<DemoTrayScene.Visit> earlier = List.of(new DemoTrayScene.Visit(-9000, 0.3, 0.3, 5, true),
                new DemoTrayScene.Visit(-9000, 0.7, 0.6, 6, true), new DemoTrayScene.Visit(-9000, 0.45, 0.7, 7, true));
        return FixtureScenes.onTable(new DemoTrayScene(600, 450, earlier, DemoTrayScene.Lighting.STEADY, 0), WIDTH, HEIGHT);
    }

    /** The fixture's video: the committed clip, or the scene recorded to an AVI file (MJPEG) in the folder. */
    static Path video(Fixture fixture, Path folder) throws Exception {
        if (fixture.footage() instanceof Clip c) return c.file();
        return record(fixture.name(), (Rendered) fixture.footage(), folder);
    }

    private static Path record(String name, Rendered rendered, Path folder) throws Exception {
        Path file = folder.resolve(name + ".avi");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), WIDTH, HEIGHT, 0);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
             Mat frame = new Mat()) {
            recorder.setFormat("avi");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
            recorder.setFrameRate(FPS);
            recorder.setVideoQuality(2);
            recorder.start();
            long frames = Math.round(rendered.lengthMillis() * FPS / 1000);
            for (long i = 0; i < frames; i++) {
                rendered.scene().render(frame, Math.round(i * 1000 / FPS));
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
        }
        return file;
    }
}
