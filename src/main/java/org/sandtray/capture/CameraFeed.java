package org.sandtray.capture;

import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The live camera: a grabbing thread that keeps only the newest frame (a slower viewer misses
 * frames, it never queues them), hands each frame to the listeners on the grabbing thread, and
 * takes stills on a separate thread so encoding and writing never stall the live frames. If the
 * camera stops (unplugged), the feed reports it and keeps trying to open it again.
 */
public final class CameraFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CameraFeed.class);
    private static final long RETRY_MILLIS = 2000;

    /** Told about each new frame on the grabbing thread; must copy what it keeps and return quickly. */
    public interface FrameListener {
        void frame(Mat bgr, long timestampMillis);
    }

    /** Told when the camera goes away or comes back. */
    public interface StatusListener {
        void status(boolean live, String message);
    }

    private final Supplier<FrameSource> factory;
    private final StillEncoder encoder;
    private final ExecutorService stills;
    private final Object newestLock = new Object();
    /** Frames copied for stills and not yet released: back to 0 once every still is stored or refused. */
    private final AtomicInteger stillFrames = new AtomicInteger();
    private boolean closed;
    private final Mat newest = new Mat();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile FrameListener frameListener = (m, t) -> { };
    private volatile StatusListener statusListener = (live, message) -> { };
    private volatile String sourceName = "";
    private volatile long frames;
    private long newestTimestamp = -1;
    private Thread grabber;

    public CameraFeed(Supplier<FrameSource> factory, StillEncoder encoder) {
        this(factory, encoder, Executors.newSingleThreadExecutor(r -> daemon(r, "still-writer")));
    }

    /** With the executor that encodes and stores stills (tests hand in one that refuses). */
    CameraFeed(Supplier<FrameSource> factory, StillEncoder encoder, ExecutorService stills) {
        this.factory = factory;
        this.encoder = encoder;
        this.stills = stills;
    }

    public void onFrame(FrameListener listener) { this.frameListener = listener; }

    public void onStatus(StatusListener listener) { this.statusListener = listener; }

    public long framesGrabbed() { return frames; }

    /** Frames copied for stills and not yet released (a leak shows here as a number that stays above 0). */
    public int stillFramesHeld() { return stillFrames.get(); }

    /** Starts grabbing; returns at once. */
    public void start() {
        if (!running.compareAndSet(false, true)) return;
        grabber = daemon(this::grabLoop, "camera-feed");
        grabber.start();
    }

    private void grabLoop() {
        while (running.get()) {
            try (FrameSource source = factory.get()) {
                source.open();
                sourceName = source.name();
                statusListener.status(true, source.name() + " " + source.width() + "x" + source.height());
                while (running.get()) {
                    Mat frame = source.grab();
                    if (frame == null) {
                        statusListener.status(false, source.name() + ": end of video");
                        running.set(false);
                        break;
                    }
                    synchronized (newestLock) {
                        frame.copyTo(newest);
                        newestTimestamp = source.timestampMillis();
                    }
                    frames++;
                    frameListener.frame(frame, source.timestampMillis());
                }
            } catch (CameraException e) {
                log.warn("camera: {}", e.getMessage());
                statusListener.status(false, e.getMessage());
                pause();
            } catch (RuntimeException e) {
                log.error("camera feed failed", e);
                statusListener.status(false, e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    /**
     * Takes the newest frame as a still: copied at once, encoded and stored on the still thread.
     * The future fails if there is no frame yet or the sink cannot store it.
     */
    public CompletableFuture<Long> captureStill(StillSink sink) {
        Mat copy;
        synchronized (newestLock) {
            if (closed) return CompletableFuture.failedFuture(new CameraException("camera.notOpen", sourceName));
            if (newestTimestamp < 0) return CompletableFuture.failedFuture(new CameraException("camera.noFrameYet"));
            copy = new Mat();
            newest.copyTo(copy);
            stillFrames.incrementAndGet();
        }
        Instant takenAt = Instant.now();
        String source = sourceName;
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    byte[] jpeg = encoder.jpeg(copy);
                    return sink.store(new CapturedStill(jpeg, copy.cols(), copy.rows(), takenAt, source));
                } catch (java.io.IOException e) {
                    throw new java.util.concurrent.CompletionException(e);
                } finally {
                    release(copy);
                }
            }, stills);
        } catch (RejectedExecutionException e) {
            // the feed is closing: the copy never reaches the still thread, so it is released here
            release(copy);
            return CompletableFuture.failedFuture(new CameraException("camera.notOpen", source));
        }
    }

    private void release(Mat copy) {
        copy.close();
        stillFrames.decrementAndGet();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Waits until the feed stops by itself (end of a video file) or the timeout passes. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        if (grabber == null) return true;
        grabber.join(millis);
        return !grabber.isAlive();
    }

    @Override
    public void close() {
        running.set(false);
        if (grabber != null) {
            try {
                grabber.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stills.shutdown();
        try {
            stills.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (newestLock) {
            closed = true;
            newest.close();
        }
    }
}
