package org.sandtray.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;

import java.awt.Dimension;
import java.util.Arrays;
import java.util.List;

/**
 * The camera sources found on this PC, as the {@code cameras} command lists them and the window's
 * settings offer them: each with the source spec that opens it and the resolutions it is asked
 * for. The demo camera is always last. Listing runs FFmpeg on Windows and macOS (up to seconds):
 * never on the UI thread.
 */
public final class CameraList {
    /** One source found: its spec ({@code device:/dev/video0}, {@code webcam:NAME}, {@code demo}), its name, its sizes. */
    public record Found(String spec, String name, List<Dimension> resolutions) {
        public boolean demo() { return spec.equals("demo"); }
    }

    private CameraList() {}

    /** Every camera our driver finds, and the demo camera. */
    public static List<Found> find() {
        return find(new SandtrayWebcamDriver(true));
    }

    public static List<Found> find(WebcamDriver driver) {
        return driver.getDevices().stream().map(CameraList::found).toList();
    }

    /** True when only the demo camera was found. */
    public static boolean noneFound(List<Found> found) {
        return found.stream().allMatch(Found::demo);
    }

    private static Found found(WebcamDevice d) {
        String name = d.getName();
        // the demo tray is drawn at one size only
        List<Dimension> sizes = name.equals("demo") ? List.of(SandtrayWebcamDriver.DEMO_RESOLUTIONS[0])
                : List.copyOf(Arrays.asList(d.getResolutions()));
        return new Found(specOf(name), name, sizes);
    }

    /** The source spec that opens a listed device: a Linux node by its path, a Windows or macOS camera by its name. */
    public static String specOf(String deviceName) {
        if (deviceName.equals("demo")) return "demo";
        return deviceName.startsWith("/dev/") ? "device:" + deviceName : "webcam:" + deviceName;
    }
}
