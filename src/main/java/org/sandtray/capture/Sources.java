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
        return switch (spec.kind()) {
            case DEMO -> new DemoTraySource(demoScene(), 30, realTimeDemo);
            case DEVICE -> FfmpegSource.device(spec.target(), 1920, 1080);
            case FILE -> Files.isDirectory(spec.path()) ? new ImageFolderSource(spec.path(), 2) : FfmpegSource.file(spec.path());
            case WEBCAM -> webcam(spec.target());
        };
    }

    /** The scene the demo camera shows (1280x720, a figure every six seconds). */
    public static DemoTrayScene demoScene() {
        return DemoTrayScene.standard(1280, 720);
    }

    /** The first webcam (or the one named), found through Webcam Capture with our driver. */
    private static FrameSource webcam(String name) throws CameraException {
        if (WebcamCaptureSource.chosen()) return new WebcamCaptureSource(name);
        List<WebcamDevice> devices = new SandtrayWebcamDriver(false).getDevices();
        if (devices.isEmpty()) {
            throw new CameraException("camera.noWebcam");
        }
        for (WebcamDevice d : devices) {
            if (name == null || d.getName().equals(name) || d.getName().endsWith("/" + name)) {
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
