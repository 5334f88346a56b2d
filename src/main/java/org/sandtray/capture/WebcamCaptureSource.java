package org.sandtray.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A webcam through Webcam Capture's own default (BridJ) driver. Opt-in only, with
 * {@code -Dsandtray.webcam.bridj=true}: that driver crashes on Java 17 on some machines (its
 * issues #882, #107), so the program never chooses it by itself.
 */
final class WebcamCaptureSource implements FrameSource {
    static final String OPT_IN = "sandtray.webcam.bridj";

    private final String name;
    private final Java2DFrameConverter toFrame = new Java2DFrameConverter();
    private final OpenCVFrameConverter.ToMat toMat = new OpenCVFrameConverter.ToMat();
    private Webcam webcam;
    private long start;
    private long timestamp;

    WebcamCaptureSource(String name) {
        this.name = name;
    }

    static boolean chosen() {
        return Boolean.getBoolean(OPT_IN);
    }

    @Override
    public void open() throws CameraException {
        try {
            List<Webcam> all = Webcam.getWebcams();
            webcam = all.stream().filter(w -> name == null || w.getName().contains(name)).findFirst()
                    .orElseThrow(() -> name == null ? new CameraException("camera.noWebcam")
                            : new CameraException("camera.noWebcamNamed", name, ""));
            if (!webcam.open()) throw new CameraException("camera.cannotOpen", webcam.getName(), "");
            start = System.nanoTime();
        } catch (WebcamException e) {
            throw new CameraException(e, "camera.webcamDriverFailed", e.getMessage());
        }
    }

    @Override
    public Mat grab() throws CameraException {
        if (webcam == null) throw new CameraException("camera.notOpen", "webcam");
        BufferedImage image = webcam.getImage();
        if (image == null) throw new CameraException("camera.stopped", webcam.getName(), "");
        timestamp = (System.nanoTime() - start) / 1_000_000;
        return toMat.convert(toFrame.convert(image));
    }

    @Override public int width() { return webcam == null ? 0 : webcam.getViewSize().width; }

    @Override public int height() { return webcam == null ? 0 : webcam.getViewSize().height; }

    @Override public double frameRate() { return webcam == null ? 0 : webcam.getFPS(); }

    @Override public long timestampMillis() { return timestamp; }

    @Override public String name() { return webcam == null ? "webcam" : webcam.getName(); }

    @Override public boolean isOpen() { return webcam != null && webcam.isOpen(); }

    @Override
    public void close() {
        if (webcam != null) webcam.close();
        webcam = null;
        toFrame.close();
        toMat.close();
    }
}
