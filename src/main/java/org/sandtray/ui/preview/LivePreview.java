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
 * Shows live frames: each BGR frame is converted straight into the memory of a JavaFX
 * PixelBuffer (a Mat wraps the same direct buffer), and the window is asked to repaint only if it
 * has shown the previous frame: the newest frame wins, none queue up.
 */
public final class LivePreview {
    private final ImageView view = new ImageView();
    private final AtomicBoolean repaintPending = new AtomicBoolean();
    private final Object lock = new Object();
    private ByteBuffer buffer;
    private BytePointer pointer;
    private Mat bgra;
    private PixelBuffer<ByteBuffer> pixels;
    private int width;
    private int height;

    public LivePreview() {
        view.setPreserveRatio(true);
        view.setSmooth(true);
    }

    public ImageView view() { return view; }

    /** Called on the camera's thread with each frame. */
    public void frame(Mat frame) {
        synchronized (lock) {
            if (frame.cols() != width || frame.rows() != height) allocate(frame.cols(), frame.rows());
            cvtColor(frame, bgra, COLOR_BGR2BGRA);
        }
        if (repaintPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                repaintPending.set(false);
                synchronized (lock) {
                    if (pixels != null) pixels.updateBuffer(b -> null);
                }
            });
        }
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        if (bgra != null) bgra.close();
        if (pointer != null) pointer.close();
        buffer = ByteBuffer.allocateDirect(w * h * 4);
        pointer = new BytePointer(buffer);
        bgra = new Mat(h, w, CV_8UC4, pointer);
        PixelBuffer<ByteBuffer> created = new PixelBuffer<>(w, h, buffer, PixelFormat.getByteBgraPreInstance());
        pixels = created;
        Platform.runLater(() -> view.setImage(new WritableImage(created)));
    }

    public int frameWidth() { return width; }

    public int frameHeight() { return height; }
}
