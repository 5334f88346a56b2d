package org.sandtray.capture;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Where frames come from: a webcam, a video file, a folder of images, or the demo tray. One
 * implementation per kind of source, all giving BGR frames.
 */
public interface FrameSource extends AutoCloseable {

    /** Opens the source; fails with a clear message naming the device or file. */
    void open() throws CameraException;

    /**
     * The next frame, BGR. The Mat belongs to the source and is overwritten by the next call:
     * copy what you keep. Returns null at the end of a file.
     */
    Mat grab() throws CameraException;

    /** Width and height of the frames, known once open. */
    int width();

    int height();

    /** Frames per second the source delivers (for files, the rate they were recorded at). */
    double frameRate();

    /** Milliseconds since the start of the source for the last frame grabbed. */
    long timestampMillis();

    /** A name to show the counselor. */
    String name();

    boolean isOpen();

    @Override
    void close();
}
