package org.sandtray.capture;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.nio.file.Path;
import java.util.List;

/**
 * The settle detector's fixture videos: demo-tray scenes recorded through FFmpeg (MJPEG in AVI)
 * with the capture times each should give. Made afresh by the tests, from these descriptions.
 */
final class FixtureVideos {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final double FPS = 15;

    /** A fixture: its scene, its length, and the source times at which a still should be taken. */
    record Fixture(String name, DemoTrayScene scene, long lengthMillis, List<Long> expectedMillis) {}

    private FixtureVideos() {}

    static List<Fixture> all(long settleMillis) {
        DemoTrayScene.Lighting steady = DemoTrayScene.Lighting.STEADY;
        DemoTrayScene.Visit first = new DemoTrayScene.Visit(1000, 0.35, 0.40, 0, true);
        DemoTrayScene.Visit second = new DemoTrayScene.Visit(5500, 0.75, 0.70, 1, true);
        DemoTrayScene.Visit hover = new DemoTrayScene.Visit(1000, 0.55, 0.50, 2, true, 2600);
        DemoTrayScene.Visit empty = new DemoTrayScene.Visit(1000, 0.50, 0.30, 3, false);
        DemoTrayScene.Visit nearRim = new DemoTrayScene.Visit(1000, 0.06, 0.90, 4, true);
        return List.of(
                new Fixture("hand-places-one", scene(List.of(first), steady), 6000, List.of(first.leftAtMillis() + settleMillis)),
                new Fixture("two-placements", scene(List.of(first, second), steady), 10500,
                        List.of(first.leftAtMillis() + settleMillis, second.leftAtMillis() + settleMillis)),
                new Fixture("hand-hovers-then-leaves", scene(List.of(hover), steady), 8000, List.of(hover.leftAtMillis() + settleMillis)),
                new Fixture("hand-passes-places-nothing", scene(List.of(empty), steady), 6000, List.of()),
                new Fixture("placement-near-the-rim", scene(List.of(nearRim), steady), 6000,
                        List.of(nearRim.leftAtMillis() + settleMillis)),
                new Fixture("lighting-flicker", scene(List.of(), new DemoTrayScene.Lighting(0.12, 0)), 6000, List.of()),
                new Fixture("slow-shadow", scene(List.of(), new DemoTrayScene.Lighting(0, 9000)), 8000, List.of()),
                new Fixture("placement-under-flicker", scene(List.of(first), new DemoTrayScene.Lighting(0.12, 0)), 6000,
                        List.of(first.leftAtMillis() + settleMillis)));
    }

    private static DemoTrayScene scene(List<DemoTrayScene.Visit> visits, DemoTrayScene.Lighting lighting) {
        return new DemoTrayScene(WIDTH, HEIGHT, visits, lighting, 0);
    }

    /** Records the fixture to an AVI file (MJPEG) in the folder and returns its path. */
    static Path record(Fixture fixture, Path folder) throws Exception {
        Path file = folder.resolve(fixture.name() + ".avi");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), WIDTH, HEIGHT, 0);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
             Mat frame = new Mat()) {
            recorder.setFormat("avi");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
            recorder.setFrameRate(FPS);
            recorder.setVideoQuality(2);
            recorder.start();
            long frames = Math.round(fixture.lengthMillis() * FPS / 1000);
            for (long i = 0; i < frames; i++) {
                fixture.scene().render(frame, Math.round(i * 1000 / FPS));
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
        }
        return file;
    }
}
