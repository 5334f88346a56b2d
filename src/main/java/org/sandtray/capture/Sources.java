package org.sandtray.capture;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;

import java.nio.file.Files;
import java.util.List;

/** Turns a source spec into an unopened frame source. */
public final class Sources {
    private Sources() {}

    /**
     * @param realTimeDemo pace the demo camera in real time (the window), or give frames as fast as asked (tests, benchmarks)
     */
    public static FrameSource create(SourceSpec spec, boolean realTimeDemo) throws CameraException {
        return create(spec, realTimeDemo, null);
    }

    /**
     * @param size the frame size to ask a webcam for (chosen in the settings), or null for the best
     *             it gives; the demo camera and files keep their own
     */
    public static FrameSource create(SourceSpec spec, boolean realTimeDemo, java.awt.Dimension size) throws CameraException {
        int w = size == null ? 1920 : size.width;
        int h = size == null ? 1080 : size.height;
        return switch (spec.kind()) {
            case DEMO -> new DemoTraySource(demoScene(), 30, realTimeDemo);
            case DEVICE -> FfmpegSource.device(spec.target(), w, h);
            case FILE -> Files.isDirectory(spec.path()) ? new ImageFolderSource(spec.path(), 2) : FfmpegSource.file(spec.path());
            case WEBCAM -> webcam(spec.target(), size);
        };
    }

    /** The scene the demo camera shows (1280x720, a figure every six seconds). */
    public static DemoTrayScene demoScene() {
        return DemoTrayScene.standard(1280, 720);
    }

    /** The first webcam (or the one named), found through Webcam Capture with our driver. */
    private static FrameSource webcam(String name, java.awt.Dimension size) throws CameraException {
        if (WebcamCaptureSource.chosen()) return new WebcamCaptureSource(name);
        List<WebcamDevice> devices = new SandtrayWebcamDriver(false).getDevices();
        if (devices.isEmpty()) {
            throw new CameraException("camera.noWebcam");
        }
        for (WebcamDevice d : devices) {
            if (name == null || d.getName().equals(name) || d.getName().endsWith("/" + name)) {
                if (size != null) d.setResolution(size);
                return ((FrameSourceDevice) d).newSource();
            }
        }
        throw new CameraException("camera.noWebcamNamed", name,
                String.join(", ", devices.stream().map(WebcamDevice::getName).toList()));
    }

    /** Installs our driver as Webcam Capture's, for code that uses its API directly. */
    public static void useSandtrayDriver(boolean includeDemo) {
        Webcam.setDriver(new SandtrayWebcamDriver(includeDemo));
    }
}
