package org.sandtray.capture;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The demo camera: frames of a {@link DemoTrayScene} at a fixed rate. Paced in real time for the
 * live window, or as fast as asked for files and tests (timestamps are always the scene's clock).
 */
public final class DemoTraySource implements FrameSource {
    private final DemoTrayScene scene;
    private final double fps;
    private final boolean realTime;
    private final Mat frame = new Mat();
    private long index = -1;
    private long startNanos;
    private boolean open;

    public DemoTraySource(DemoTrayScene scene, double fps, boolean realTime) {
        this.scene = scene;
        this.fps = fps;
        this.realTime = realTime;
    }

    public DemoTrayScene scene() { return scene; }

    @Override
    public void open() {
        open = true;
        index = -1;
        startNanos = System.nanoTime();
    }

    @Override
    public Mat grab() throws CameraException {
        if (!open) throw new CameraException("camera.notOpen", "demo");
        index++;
        if (realTime) {
            long due = startNanos + (long) (index * 1e9 / fps);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CameraException(e, "camera.interrupted");
                }
            }
        }
        scene.render(frame, timestampMillis());
        return frame;
    }

    @Override public int width() { return scene.width(); }

    @Override public int height() { return scene.height(); }

    @Override public double frameRate() { return fps; }

    @Override public long timestampMillis() { return Math.round(Math.max(0, index) * 1000 / fps); }

    @Override public String name() { return "demo"; }

    @Override public boolean isOpen() { return open; }

    @Override
    public void close() {
        open = false;
        frame.close();
    }
}
