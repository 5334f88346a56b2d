package org.sandtray.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Webcam Capture's driver for our cameras: every video device FFmpeg can open (the /dev/video*
 * nodes on Linux, DirectShow devices on Windows, AVFoundation devices on macOS, the last two listed
 * by FFmpeg itself) and the demo tray. Webcam Capture's own BridJ driver crashes on Java 17, so it
 * is never the default.
 */
public final class SandtrayWebcamDriver implements WebcamDriver {
    /** The resolutions asked of a webcam, best first; MJPEG makes 1920x1080 possible over USB 2. */
    static final Dimension[] WEBCAM_RESOLUTIONS = {new Dimension(1920, 1080), new Dimension(1280, 720), new Dimension(640, 480)};
    static final Dimension[] DEMO_RESOLUTIONS = {new Dimension(1280, 720), new Dimension(1920, 1080), new Dimension(640, 480)};

    private final boolean includeDemo;
    private final Platform platform;
    private final Path deviceFolder;
    private final Function<Platform, List<ListedCamera>> lister;

    public SandtrayWebcamDriver(boolean includeDemo) {
        this(includeDemo, Platform.current(), Path.of("/dev"), FfmpegDeviceLister::list);
    }

    SandtrayWebcamDriver(boolean includeDemo, Platform platform, Path deviceFolder, Function<Platform, List<ListedCamera>> lister) {
        this.includeDemo = includeDemo;
        this.platform = platform;
        this.deviceFolder = deviceFolder;
        this.lister = lister;
    }

    @Override
    public List<WebcamDevice> getDevices() {
        List<WebcamDevice> devices = new ArrayList<>();
        List<ListedCamera> cameras = cameras();
        for (int i = 0; i < cameras.size(); i++) {
            ListedCamera camera = cameras.get(i);
            boolean alternative = CameraInput.needsAlternativeName(camera, cameras);
            // the size asked of the camera is the device's resolution, which the counselor may choose in the settings
            FrameSourceDevice[] device = new FrameSourceDevice[1];
            device[0] = new FrameSourceDevice(shownName(cameras, i), WEBCAM_RESOLUTIONS, () -> {
                Dimension size = device[0].getResolution() != null ? device[0].getResolution() : WEBCAM_RESOLUTIONS[0];
                return FfmpegSource.camera(CameraInput.of(platform, camera, alternative, size.width, size.height));
            });
            devices.add(device[0]);
        }
        if (includeDemo) devices.add(demoDevice());
        return devices;
    }

    /** The cameras of this OS, in the order it lists them. */
    List<ListedCamera> cameras() {
        if (platform == Platform.LINUX) return videoNodes().stream().map(p -> new ListedCamera(p.toString(), null)).toList();
        return lister.apply(platform);
    }

    /** Two cameras of one model share a name: the second is "NAME (2)", so webcam:NAME can tell them apart. */
    static String shownName(List<ListedCamera> cameras, int index) {
        String name = cameras.get(index).name();
        long before = cameras.subList(0, index).stream().filter(c -> c.name().equals(name)).count();
        return before == 0 ? name : name + " (" + (before + 1) + ")";
    }

    /** The demo tray as a device: what the program shows when no webcam is found. */
    public static FrameSourceDevice demoDevice() {
        return new FrameSourceDevice("demo", DEMO_RESOLUTIONS,
                () -> new DemoTraySource(Sources.demoScene(), 30, true));
    }

    List<Path> videoNodes() {
        if (!Files.isDirectory(deviceFolder)) return List.of();
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
