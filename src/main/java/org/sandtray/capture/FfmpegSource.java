package org.sandtray.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Frames through FFmpeg: a webcam device (video4linux2 on Linux, dshow on Windows, avfoundation on
 * macOS, as {@link CameraInput} says) or a video file.
 */
public final class FfmpegSource implements FrameSource {
    private static final Logger log = LoggerFactory.getLogger(FfmpegSource.class);

    static {
        // FFmpeg prints its stream dumps and warnings on stderr; keep errors only
        org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR);
    }

    private final String input;
    private final boolean device;
    /** How a camera is opened on this OS; null for a file. */
    private final CameraInput camera;
    private final int askWidth;
    private final int askHeight;
    private final String name;
    private FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private long timestampMillis;
    private long framesRead;

    private FfmpegSource(String input, CameraInput camera, int askWidth, int askHeight, String name) {
        this.input = input;
        this.device = camera != null;
        this.camera = camera;
        this.askWidth = askWidth;
        this.askHeight = askHeight;
        this.name = name;
    }

    /** A webcam at a device path (/dev/video0) or name (Windows, macOS), asking for this resolution. */
    public static FfmpegSource device(String device, int width, int height) {
        return camera(CameraInput.named(Platform.current(), device, width, height));
    }

    /** A webcam opened as the OS needs it (see {@link CameraInput}). */
    public static FfmpegSource camera(CameraInput camera) {
        CameraInput.Attempt first = camera.attempts().get(0);
        return new FfmpegSource(camera.name(), camera, first.width(), first.height(), camera.name());
    }

    public static FfmpegSource file(Path file) {
        return new FfmpegSource(file.toString(), null, 0, 0, file.getFileName().toString());
    }

    @Override
    public void open() throws CameraException {
        NativeLibraries.requireFfmpeg();
        if (device && camera.format().equals("video4linux2") && !Files.exists(Path.of(input))) {
            throw new CameraException("camera.noDevice", input);
        }
        if (!device && !Files.isRegularFile(Path.of(input))) {
            throw new CameraException("camera.noVideoFile", input);
        }
        grabber = device ? openCamera() : start(new FFmpegFrameGrabber(input));
        log.info("opened {} at {}x{}, {} fps", device ? camera.name() : "a video file", grabber.getImageWidth(),
                grabber.getImageHeight(), grabber.getFrameRate());
    }

    /** Tries the camera's settings best first; the last refusal is the one reported. */
    private FFmpegFrameGrabber openCamera() throws CameraException {
        CameraException refused = null;
        for (CameraInput.Attempt attempt : camera.attempts()) {
            FFmpegFrameGrabber g = new FFmpegFrameGrabber(camera.input());
            g.setFormat(camera.format());
            if (attempt.width() > 0) {
                g.setImageWidth(attempt.width());
                g.setImageHeight(attempt.height());
            }
            attempt.options().forEach(g::setOption);
            try {
                return start(g);
            } catch (CameraException e) {
                refused = e;
                log.info("the camera refused {}x{} {}: {}", attempt.width(), attempt.height(), attempt.options().keySet(), e.getMessage());
            }
        }
        throw refused;
    }

    private FFmpegFrameGrabber start(FFmpegFrameGrabber g) throws CameraException {
        try {
            g.start();
            return g;
        } catch (FrameGrabber.Exception e) {
            closeQuietly(g);
            throw new CameraException(e, device ? "camera.cannotOpen" : "camera.cannotReadVideo", input, firstLine(e.getMessage()));
        }
    }

    @Override
    public Mat grab() throws CameraException {
        if (grabber == null) throw new CameraException("camera.notOpen", input);
        try {
            Frame frame = grabber.grabImage();
            if (frame == null) return null;
            if (device || grabber.getFrameRate() <= 0) {
                timestampMillis = grabber.getTimestamp() / 1000;
            } else {
                // a file's own timestamps can run backwards (XviD's packed B-frames): count frames instead
                timestampMillis = Math.round(framesRead * 1000 / grabber.getFrameRate());
            }
            framesRead++;
            return converter.convert(frame);
        } catch (FrameGrabber.Exception e) {
            throw new CameraException(e, device ? "camera.stopped" : "camera.videoStopped", input, firstLine(e.getMessage()));
        }
    }

    @Override public int width() { return grabber == null ? askWidth : grabber.getImageWidth(); }

    @Override public int height() { return grabber == null ? askHeight : grabber.getImageHeight(); }

    @Override public double frameRate() { return grabber == null ? 0 : grabber.getFrameRate(); }

    @Override public long timestampMillis() { return timestampMillis; }

    @Override public String name() { return name; }

    @Override public boolean isOpen() { return grabber != null; }

    /** Frames in the file, as FFmpeg estimates them (0 for a device). */
    public int lengthInFrames() {
        return grabber == null ? 0 : grabber.getLengthInVideoFrames();
    }

    @Override
    public void close() {
        if (grabber != null) closeQuietly(grabber);
        grabber = null;
        converter.close();
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.release();
        } catch (FrameGrabber.Exception e) {
            log.debug("releasing the grabber: {}", e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
