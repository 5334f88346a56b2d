package org.sandtray.ui;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import org.junit.jupiter.api.Test;
import org.sandtray.capture.CameraList;
import org.sandtray.capture.FrameSourceDevice;
import org.sandtray.capture.SandtrayWebcamDriver;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings' camera picker without a screen: what it lists, which it chooses, and what it says when none is found. */
class CameraChoiceTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    /** A driver listing these cameras (by name) and the demo camera, as ours does. */
    private static WebcamDriver driver(String... names) {
        return new WebcamDriver() {
            @Override
            public List<WebcamDevice> getDevices() {
                List<WebcamDevice> out = new ArrayList<>();
                for (String n : names) {
                    out.add(new FrameSourceDevice(n, new Dimension[] {new Dimension(1920, 1080), new Dimension(640, 480)}, () -> null));
                }
                out.add(SandtrayWebcamDriver.demoDevice());
                return out;
            }

            @Override public boolean isThreadSafe() { return false; }
        };
    }

    @Test
    void noWebcamSaysSoPlainlyAndTheDemoCameraIsInUse() {
        CameraChoice choice = new CameraChoice(ZH, CameraList.find(driver()), "webcam");
        assertTrue(choice.noneFound());
        assertEquals("demo", choice.selected().spec());
        assertEquals("没有找到摄像头：正在使用演示摄像头。请接上摄像头后重新打开“设置”。", choice.status());
        assertEquals(List.of("1280x720"), choice.selected().sizes(), "the demo tray is drawn at one size");
    }

    @Test
    void theCamerasFoundAreListedWithTheirSizesAndTheOneInTheSettingsIsChosen() {
        List<CameraList.Found> found = CameraList.find(driver("/dev/video0", "USB 视频设备"));
        CameraChoice first = new CameraChoice(ZH, found, "webcam");
        assertFalse(first.noneFound());
        assertEquals(List.of("device:/dev/video0", "webcam:USB 视频设备", "demo"), first.options().stream().map(CameraChoice.Option::spec).toList());
        assertEquals("device:/dev/video0", first.selected().spec(), "webcam in the settings: the first one found");
        assertEquals("找到 2 个摄像头。预览显示选中的那个。", first.status());
        assertEquals(java.util.Arrays.asList(null, "1920x1080", "640x480"), CameraChoice.sizes(first.selected()));

        CameraChoice named = new CameraChoice(ZH, found, "webcam:USB 视频设备");
        assertEquals("USB 视频设备", named.selected().label());
        CameraChoice file = new CameraChoice(ZH, found, "file:/videos/club.mp4");
        assertEquals("file:/videos/club.mp4", file.selected().spec(), "a source named on purpose is kept, said as not found now");
        assertEquals("file:/videos/club.mp4（现在未找到）", file.selected().label());
    }

    @Test
    void theChosenSizeIsKeptInTheSettings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Settings s = Settings.DEFAULTS.withCameraSource("device:/dev/video0").withCameraSize("1280x720");
        s.save(dir.resolve("settings.properties"));
        assertEquals(s, Settings.load(dir.resolve("settings.properties")), "camera and size survive a restart");
        assertEquals(new Dimension(1280, 720), s.cameraDimension());
        assertEquals(null, Settings.DEFAULTS.cameraDimension(), "no size: the camera's best");
        assertEquals(null, s.withCameraSize("big").cameraDimension());
    }
}
