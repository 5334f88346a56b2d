package org.sandtray.capture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The camera lists of Windows and macOS read from FFmpeg's own output, as real users pasted it
 * (fixtures/camera-listings/README.md says where each came from): every FFmpeg wording since 2012.
 */
class DeviceListingTest {
    private static final Path LISTINGS = Path.of("fixtures/camera-listings");

    private static String listing(String file) throws IOException {
        return Files.readString(LISTINGS.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<String> names(List<ListedCamera> cameras) {
        return cameras.stream().map(ListedCamera::name).toList();
    }

    @Test
    void theOldestDirectShowListingGivesItsVideoDevicesAndNoMicrophone() throws IOException {
        List<ListedCamera> cameras = DeviceListing.directShow(listing("windows-dshow-2012-trac-wiki.txt"));
        assertEquals(List.of("Integrated Camera", "screen-capture-recorder"), names(cameras));
        assertEquals(null, cameras.get(0).alternativeName());
    }

    @Test
    void alternativeNamesBelongToTheirCameraAndChineseAudioDevicesAreLeftOut() throws IOException {
        List<ListedCamera> cameras = DeviceListing.directShow(listing("windows-dshow-3.2.4-chinese-audio.txt"));
        assertEquals(List.of("Integrated Webcam", "screen-capture-recorder"), names(cameras));
        assertEquals("@device_pnp_\\\\?\\usb#vid_0c45&pid_6448&mi_00#7&2645f9e4&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global",
                cameras.get(0).alternativeName());
        assertTrue(cameras.get(1).alternativeName().startsWith("@device_sw_{860BB310"), cameras.get(1).alternativeName());
    }

    @Test
    void aCaptureCardAndACameraWithIndentedAlternativeNames() throws IOException {
        List<ListedCamera> cameras = DeviceListing.directShow(listing("windows-dshow-2016-capture-card-and-facetime.txt"));
        assertEquals(List.of("USB 2861 Device", "FaceTime HD Camera"), names(cameras));
        assertTrue(cameras.get(1).alternativeName().startsWith("@device_pnp_\\\\?\\pci#ven_14e4"), cameras.get(1).alternativeName());
    }

    @Test
    void theTaggedFormKeepsVideoDevicesAndDropsOnesThatGiveNothing() throws IOException {
        assertEquals(List.of("DirectShow Softcam", "OBS Virtual Camera"),
                names(DeviceListing.directShow(listing("windows-dshow-2025-tagged-running.txt"))));
        List<ListedCamera> oneStopped = DeviceListing.directShow(listing("windows-dshow-2025-tagged-none.txt"));
        assertEquals(List.of("OBS Virtual Camera"), names(oneStopped));
        assertTrue(oneStopped.get(0).alternativeName().endsWith("{A3FCE0F5-3493-419F-958A-ABA1250EC20B}"));
    }

    @Test
    void theNewestPrefixIsReadLikeTheOld() throws IOException {
        List<ListedCamera> cameras = DeviceListing.directShow(listing("windows-dshow-2026-in0-prefix.txt"));
        assertEquals(List.of("screen-capture-recorder"), names(cameras));
        assertTrue(cameras.get(0).alternativeName().startsWith("@device_sw_"));
    }

    @Test
    void avFoundationCamerasComeWithTheirIndexAndScreensAndMicrophonesAreLeftOut() throws IOException {
        List<ListedCamera> cameras = DeviceListing.avFoundation(listing("macos-avfoundation-3.4.txt"));
        assertEquals(List.of(new ListedCamera("CamTwist", "0"), new ListedCamera("Built-in iSight", "1"),
                new ListedCamera("CamTwist (2VUY)", "2")), cameras);
        assertEquals(List.of(new ListedCamera("FaceTime HD-camera (beeldscherm)", "0"), new ListedCamera("FaceTime-camera (ingebouwd)", "1")),
                DeviceListing.avFoundation(listing("macos-avfoundation-2017-two-facetime.txt")));
    }

    @Test
    void aListingOfTheOtherKindOrOfNothingGivesNoCamera() throws IOException {
        assertEquals(List.of(), DeviceListing.avFoundation(listing("windows-dshow-3.2.4-chinese-audio.txt")));
        assertEquals(List.of(), DeviceListing.directShow(listing("macos-avfoundation-3.4.txt")));
        assertEquals(List.of(), DeviceListing.directShow("[dshow @ 0000020e] Could not enumerate video devices (or none found).\n"));
    }

    @Test
    void theBundledFfmpegProgramRunsAndAnInputThisMachineLacksListsNoCamera() {
        // the real ffmpeg from the FFmpeg jar; Linux has neither dshow nor avfoundation, whose option this is
        String output = FfmpegDeviceLister.run(FfmpegDeviceLister.arguments(Platform.WINDOWS));
        assertTrue(output.contains("list_devices"), output);
        assertEquals(List.of(), FfmpegDeviceLister.list(Platform.WINDOWS));
        assertEquals(List.of(), FfmpegDeviceLister.list(Platform.MAC));
    }
}
