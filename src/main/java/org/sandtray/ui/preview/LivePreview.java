package org.sandtray.ui.preview;

import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC4;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * Shows live frames. The camera thread copies each frame into a staging Mat; the JavaFX thread,
 * inside {@code PixelBuffer.updateBuffer} (the only place JavaFX allows its memory to change),
 * converts the newest staged frame straight into the PixelBuffer's memory. A repaint is asked for
 * only if the previous one was shown: the newest frame wins, none queue up.
 */
public final class LivePreview implements AutoCloseable {
    private final ImageView view = new ImageView();
    private final AtomicBoolean repaintPending = new AtomicBoolean();
    private final Object lock = new Object();
    /** The newest frame from the camera thread (BGR), waiting for the JavaFX thread. */
    private final Mat staged = new Mat();
    private boolean fresh;
    /** Touched on the JavaFX thread only: the PixelBuffer and the Mat over its memory. */
    private PixelBuffer<ByteBuffer> pixels;
    private Mat bgra;
    private BytePointer pointer;
    private volatile long framesShown;

    public LivePreview() {
        view.setPreserveRatio(true);
        view.setSmooth(true);
    }

    public ImageView view() { return view; }

    /** How many frames reached the screen's buffer (for tests and the console's status). */
    public long framesShown() { return framesShown; }

    /** Called on the camera's thread with each frame; copies it and returns. */
    public void frame(Mat frame) {
        synchronized (lock) {
            if (staged.isNull()) return; // closed
            frame.copyTo(staged);
            fresh = true;
        }
        if (repaintPending.compareAndSet(false, true)) {
            Platform.runLater(this::repaint);
        }
    }

    /** On the JavaFX thread: the newest staged frame into the PixelBuffer, inside updateBuffer. */
    private void repaint() {
        repaintPending.set(false);
        synchronized (lock) {
            if (!fresh || staged.isNull()) return;
            if (pixels == null || pixels.getWidth() != staged.cols() || pixels.getHeight() != staged.rows()) {
                allocate(staged.cols(), staged.rows());
            }
            pixels.updateBuffer(b -> {
                cvtColor(staged, bgra, COLOR_BGR2BGRA);
                return null;
            });
            fresh = false;
            framesShown++;
        }
    }

    private void allocate(int w, int h) {
        if (bgra != null) bgra.close();
        if (pointer != null) pointer.close();
        ByteBuffer buffer = ByteBuffer.allocateDirect(w * h * 4);
        pointer = new BytePointer(buffer);
        bgra = new Mat(h, w, CV_8UC4, pointer);
        pixels = new PixelBuffer<>(w, h, buffer, PixelFormat.getByteBgraPreInstance());
        view.setImage(new WritableImage(pixels));
    }

    /** Frees the frame memory; call after the camera has stopped. */
    @Override
    public void close() {
        synchronized (lock) {
            fresh = false;
            staged.close();
        }
    }

    public int frameWidth() { return pixels == null ? 0 : pixels.getWidth(); }

    public int frameHeight() { return pixels == null ? 0 : pixels.getHeight(); }
}
