package org.sandtray.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Webcam Capture's driver for our cameras: every video device FFmpeg can open (on Linux the
 * /dev/video* nodes) and the demo tray. Webcam Capture's own BridJ driver crashes on Java 17,
 * so it is never the default.
 */
public final class SandtrayWebcamDriver implements WebcamDriver {
    /** The resolutions asked of a webcam, best first; MJPEG makes 1920x1080 possible over USB 2. */
    static final Dimension[] WEBCAM_RESOLUTIONS = {new Dimension(1920, 1080), new Dimension(1280, 720), new Dimension(640, 480)};
    static final Dimension[] DEMO_RESOLUTIONS = {new Dimension(1280, 720), new Dimension(1920, 1080), new Dimension(640, 480)};

    private final boolean includeDemo;
    private final Path deviceFolder;

    public SandtrayWebcamDriver(boolean includeDemo) {
        this(includeDemo, Path.of("/dev"));
    }

    SandtrayWebcamDriver(boolean includeDemo, Path deviceFolder) {
        this.includeDemo = includeDemo;
        this.deviceFolder = deviceFolder;
    }

    @Override
    public List<WebcamDevice> getDevices() {
        List<WebcamDevice> devices = new ArrayList<>();
        for (Path node : videoNodes()) {
            String path = node.toString();
            devices.add(new FrameSourceDevice(path, WEBCAM_RESOLUTIONS, () -> FfmpegSource.device(path, 1920, 1080)));
        }
        if (includeDemo) devices.add(demoDevice());
        return devices;
    }

    /** The demo tray as a device: what the program shows when no webcam is found. */
    public static FrameSourceDevice demoDevice() {
        return new FrameSourceDevice("demo", DEMO_RESOLUTIONS,
                () -> new DemoTraySource(Sources.demoScene(), 30, true));
    }

    List<Path> videoNodes() {
        if (!FfmpegSource.isLinux() || !Files.isDirectory(deviceFolder)) return List.of();
        try (Stream<Path> nodes = Files.list(deviceFolder)) {
            return nodes.filter(p -> p.getFileName().toString().matches("video\\d+")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public boolean isThreadSafe() {
        return false;
    }

    @Override
    public String toString() {
        return "Sandtray Recorder camera driver (FFmpeg devices" + (includeDemo ? ", demo tray)" : ")");
    }
}
