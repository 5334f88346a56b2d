package org.sandtray.capture;

import com.github.sarxos.webcam.WebcamDevice;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What FFmpeg is asked on each OS, and how the driver names and opens the cameras a listing gives. */
class CameraInputTest {
    private static final ListedCamera USB_ZH = new ListedCamera("USB 视频设备",
            "@device_pnp_\\\\?\\usb#vid_1bcf&pid_2c99&mi_00#7&1c2d3e4f&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global");

    @Test
    void linuxOpensTheNodeWithVideo4linux2AskingForMjpeg() {
        CameraInput in = CameraInput.named(Platform.LINUX, "/dev/video0", 1920, 1080);
        assertEquals("video4linux2", in.format());
        assertEquals("/dev/video0", in.input());
        assertEquals(List.of(new CameraInput.Attempt(1920, 1080, Map.of("input_format", "mjpeg"))), in.attempts());
    }

    @Test
    void windowsOpensDirectShowByNameWithMjpegABigBufferAndFallbacks() {
        CameraInput in = CameraInput.named(Platform.WINDOWS, "Integrated Camera", 1920, 1080);
        assertEquals("dshow", in.format());
        assertEquals("video=Integrated Camera", in.input());
        assertEquals(3, in.attempts().size());
        assertEquals(new CameraInput.Attempt(1920, 1080, Map.of("vcodec", "mjpeg", "rtbufsize", CameraInput.DSHOW_BUFFER)), in.attempts().get(0));
        assertEquals(1280, in.attempts().get(1).width());
        assertEquals(new CameraInput.Attempt(0, 0, Map.of("rtbufsize", CameraInput.DSHOW_BUFFER)), in.attempts().get(2),
                "last: the camera's own format and size");
    }

    @Test
    void aChineseOrSharedDirectShowNameIsOpenedByItsAsciiAlternativeName() {
        assertTrue(CameraInput.needsAlternativeName(USB_ZH, List.of(USB_ZH)));
        CameraInput in = CameraInput.of(Platform.WINDOWS, USB_ZH, true, 1920, 1080);
        assertEquals("video=" + USB_ZH.alternativeName(), in.input());
        assertEquals("USB 视频设备", in.name(), "the counselor still reads the listed name");

        ListedCamera c920 = new ListedCamera("HD Pro Webcam C920", "@device_pnp_a");
        ListedCamera c920b = new ListedCamera("HD Pro Webcam C920", "@device_pnp_b");
        assertFalse(CameraInput.needsAlternativeName(c920, List.of(c920)));
        assertTrue(CameraInput.needsAlternativeName(c920, List.of(c920, c920b)));
        assertFalse(CameraInput.needsAlternativeName(new ListedCamera("USB 视频设备", null), List.of()), "nothing else to open it by");
    }

    @Test
    void macOpensAvFoundationByIndexAtThirtyFramesASecond() {
        CameraInput in = CameraInput.of(Platform.MAC, new ListedCamera("FaceTime HD Camera", "0"), false, 1920, 1080);
        assertEquals("avfoundation", in.format());
        assertEquals("0", in.input());
        assertTrue(in.attempts().stream().allMatch(a -> "30".equals(a.options().get("framerate"))));
    }

    @Test
    void theDriverNamesTwinCamerasApartAndOpensEachByItsOwnName() {
        ListedCamera first = new ListedCamera("USB 视频设备", "@device_pnp_first");
        ListedCamera second = new ListedCamera("USB 视频设备", "@device_pnp_second");
        SandtrayWebcamDriver driver = new SandtrayWebcamDriver(false, Platform.WINDOWS, Path.of("/nonexistent"),
                p -> List.of(first, second));
        List<WebcamDevice> devices = driver.getDevices();
        assertEquals(List.of("USB 视频设备", "USB 视频设备 (2)"), devices.stream().map(WebcamDevice::getName).toList());
    }

    @Test
    void onLinuxTheDriverListsTheVideoNodesAndNeverRunsFfmpeg(@org.junit.jupiter.api.io.TempDir Path dev) throws Exception {
        java.nio.file.Files.createFile(dev.resolve("video0"));
        java.nio.file.Files.createFile(dev.resolve("video2"));
        java.nio.file.Files.createFile(dev.resolve("vcs0"));
        SandtrayWebcamDriver driver = new SandtrayWebcamDriver(true, Platform.LINUX, dev,
                p -> { throw new AssertionError("no FFmpeg listing on Linux"); });
        assertEquals(List.of(dev.resolve("video0").toString(), dev.resolve("video2").toString(), "demo"),
                driver.getDevices().stream().map(WebcamDevice::getName).toList());
    }

    @Test
    void osNamesMapToPlatforms() {
        assertEquals(Platform.WINDOWS, Platform.of("Windows 10"));
        assertEquals(Platform.WINDOWS, Platform.of("Windows 11"));
        assertEquals(Platform.MAC, Platform.of("Mac OS X"));
        assertEquals(Platform.LINUX, Platform.of("Linux"));
        assertEquals(Platform.OTHER, Platform.of("FreeBSD"));
    }
}
