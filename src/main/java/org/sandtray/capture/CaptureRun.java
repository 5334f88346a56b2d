package org.sandtray.capture;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.sandtray.vision.SettleDetector;
import org.sandtray.vision.SettleParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Takes stills from a source frame by frame on the calling thread: every so often by the
 * source's own clock, or when the settle detector says the tray has settled on a new scene.
 * Frame-exact for video files; a live camera is read at its own pace.
 */
public final class CaptureRun {
    private static final Logger log = LoggerFactory.getLogger(CaptureRun.class);

    /** How stills are triggered. */
    public sealed interface Trigger permits Every, Settle {}

    /** A still every interval of source time, the first one on the first frame. */
    public record Every(Duration interval) implements Trigger {}

    /** A still whenever the tray settles after a hand, by the detector's parameters, inside the region (null: whole frame). */
    public record Settle(SettleParameters parameters, Rect trayRegion) implements Trigger {}

    /** A still taken: its id in the sink and the source time of its frame. */
    public record Taken(long stillId, long sourceMillis) {}

    private final StillEncoder encoder;
    /** Frames a live camera needs to settle its exposure before the first still. */
    private final int warmupFrames;

    public CaptureRun(StillEncoder encoder, int warmupFrames) {
        this.encoder = encoder;
        this.warmupFrames = warmupFrames;
    }

    /**
     * Runs until {@code count} stills are taken (0: no limit), the source ends, or {@code stop} says so.
     * Each still id is passed to {@code onTaken} as soon as it is stored.
     */
    public List<Taken> run(FrameSource source, Trigger trigger, int count, StillSink sink, BooleanSupplier stop,
                           LongConsumer onTaken) throws CameraException, IOException {
        List<Taken> taken = new ArrayList<>();
        source.open();
        Instant start = Instant.now();
        SettleDetector detector = trigger instanceof Settle s ? new SettleDetector(s.parameters(), s.trayRegion()) : null;
        try (source) {
            long nextDue = 0;
            int frameIndex = 0;
            SettleDetector.Reason lastReason = null;
            String why = trigger instanceof Every e ? "every " + e.interval().toMillis() + " ms" : "";
            while (!stop.getAsBoolean() && (count <= 0 || taken.size() < count)) {
                Mat frame = source.grab();
                if (frame == null) break;
                if (frameIndex++ < warmupFrames) continue;
                long t = source.timestampMillis();
                boolean take;
                if (detector != null) {
                    SettleDetector.Decision decision = detector.offer(frame, t);
                    take = decision.capture();
                    why = decision.explain();
                    // why no still is taken, once each time it begins: a hand held still, or nothing new
                    if (!take && decision.reason() != lastReason && (decision.reason() == SettleDetector.Reason.HAND_OVER_TRAY
                            || decision.reason() == SettleDetector.Reason.SAME_SCENE)) {
                        log.info("{} at {} ms", why, t);
                    }
                    lastReason = decision.reason();
                } else {
                    take = t >= nextDue;
                    if (take) nextDue = t + ((Every) trigger).interval().toMillis();
                }
                if (!take) continue;
                byte[] jpeg = encoder.jpeg(frame);
                long id = sink.store(new CapturedStill(jpeg, frame.cols(), frame.rows(), start.plusMillis(t), source.name()));
                log.info("still {} from {} at {} ms: {}", id, source.name(), t, why);
                taken.add(new Taken(id, t));
                onTaken.accept(id);
            }
        } finally {
            if (detector != null) detector.close();
        }
        return taken;
    }
}
