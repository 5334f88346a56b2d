package org.sandtray.cli;

import org.sandtray.capture.CameraException;
import org.sandtray.capture.CaptureRun;
import org.sandtray.capture.FrameSource;
import org.sandtray.capture.ImageFolderSource;
import org.sandtray.capture.LibraryStillSink;
import org.sandtray.capture.SourceSpec;
import org.sandtray.capture.Sources;
import org.sandtray.capture.StillEncoder;
import org.sandtray.library.Library;
import org.sandtray.vision.SettleParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code capture}: stills from a camera or a video file into a session. */
@Command(name = "capture", description = "Take stills from a camera or video into a session; prints the new still ids, one per line.")
final class CaptureCommand extends LibraryCommand {
    @Option(names = "--session", required = true, paramLabel = "ID") long session;

    @Option(names = "--source", required = true, paramLabel = "SPEC",
            description = "webcam, webcam:NAME, device:/dev/videoN, file:PATH (video or folder of images) or demo.")
    String source;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N stills (default: 1, or no limit with --every/--settle).")
    Integer count;

    @Option(names = "--every", paramLabel = "DURATION", description = "A still every DURATION of source time: 10s, 1.5s, 2m, 500ms.")
    String every;

    @Option(names = "--settle", description = "A still each time the tray is still after a hand has left it.")
    boolean settle;

    @Option(names = "--settle-delay", paramLabel = "DURATION", description = "How long the tray must be still (default 1.5s).")
    String settleDelay;

    @Option(names = "--quality", defaultValue = "90", description = "JPEG quality 1-100 (default ${DEFAULT-VALUE}).")
    int quality;

    @Option(names = "--round", paramLabel = "N") Integer round;

    @Option(names = "--student", paramLabel = "CODE") String student;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaptureCommand.class);
    /** How long Ctrl+C waits for the still in flight and the library's closing. */
    private static final long STOP_WAIT_SECONDS = 30;
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    void closed() {
        finished.countDown();
    }

    @Override
    int run(Library library) throws Exception {
        if (settle && every != null) throw new CommandFailed("capture.everyOrSettle");
        library.sessions().require(session);
        if (student != null) library.students().require(student);
        SourceSpec spec;
        try {
            spec = SourceSpec.parse(source);
        } catch (SourceSpec.BadSourceSpec e) {
            throw new CommandFailed(e.problem(), java.util.List.of());
        }
        CaptureRun.Trigger trigger;
        if (settle) {
            SettleParameters p = SettleParameters.defaults();
            if (settleDelay != null) p = p.withSettleMillis(duration(settleDelay).toMillis());
            trigger = new CaptureRun.Settle(p, null);
        } else {
            trigger = new CaptureRun.Every(every == null ? Duration.ofSeconds(1) : duration(every));
        }
        int limit = count != null ? count : (settle || every != null ? 0 : 1);
        boolean live = spec.kind() == SourceSpec.Kind.WEBCAM || spec.kind() == SourceSpec.Kind.DEVICE;
        if (limit == 0 && spec.kind() != SourceSpec.Kind.FILE) {
            say("capture.untilCtrlC");
        }
        AtomicBoolean stop = new AtomicBoolean();
        // Ctrl+C or SIGTERM: stop after the still in flight is stored, say what was taken, close the library
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                if (!finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) log.warn("capture did not stop within {} s", STOP_WAIT_SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "capture-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            FrameSource frames = Sources.create(spec, live);
            if (frames instanceof ImageFolderSource folder) folder.onSkip(p -> say("capture.skipped", p));
            List<CaptureRun.Taken> taken = new CaptureRun(new StillEncoder(quality), live ? 10 : 0)
                    .run(frames, trigger, limit, new LibraryStillSink(library, session, round, student), stop::get,
                            id -> output().value(id));
            say("capture.summary", taken.size(), source);
            return 0;
        } catch (CameraException e) {
            throw new CommandFailed(e.problem(), java.util.List.of());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            return Duration.parse(text.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandFailed("capture.badDuration", text);
        }
    }
}
