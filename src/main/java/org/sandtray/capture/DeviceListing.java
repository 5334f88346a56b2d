package org.sandtray.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the video devices out of FFmpeg's log of {@code -list_devices true}: DirectShow's on
 * Windows, AVFoundation's on macOS. FFmpeg prints them as log lines, not as data, and the wording
 * changed across versions (a "DirectShow video devices" heading before 4.4, a "(video)" tag after;
 * the prefix "[dshow @ ...]", "[in#0 @ ...]" or "[AVFoundation indev @ ...]"), so each line is read
 * on its own, its prefix dropped. Real listings from each kind are kept in
 * fixtures/camera-listings/ with where they came from.
 */
public final class DeviceListing {
    private static final Pattern PREFIX = Pattern.compile("^\\[[^\\]]*@\\s*(0x)?[0-9A-Fa-f]+\\]\\s?");
    private static final Pattern DSHOW_DEVICE = Pattern.compile("^\"(.+)\"(?:\\s+\\(([^)]*)\\))?$");
    private static final Pattern DSHOW_ALTERNATIVE = Pattern.compile("^Alternative name\\s+\"(.+)\"$");
    private static final Pattern AVF_DEVICE = Pattern.compile("^\\[(\\d+)\\]\\s+(.+)$");

    private DeviceListing() {}

    /** The DirectShow video devices, in FFmpeg's order (audio-only devices left out). */
    public static List<ListedCamera> directShow(String log) {
        List<String[]> found = new ArrayList<>(); // name, alternative name or null, "video" if it gives video
        String section = "";
        for (String raw : log.split("\\R")) {
            String line = PREFIX.matcher(raw).replaceFirst("").strip();
            if (line.startsWith("DirectShow video devices")) { section = "video"; continue; }
            if (line.startsWith("DirectShow audio devices")) { section = "audio"; continue; }
            Matcher device = DSHOW_DEVICE.matcher(line);
            if (device.matches()) {
                String types = device.group(2) != null ? device.group(2) : section;
                found.add(new String[] {device.group(1), null, types.contains("video") ? "video" : ""});
                continue;
            }
            Matcher alternative = DSHOW_ALTERNATIVE.matcher(line);
            if (alternative.matches() && !found.isEmpty()) found.get(found.size() - 1)[1] = alternative.group(1);
        }
        List<ListedCamera> cameras = new ArrayList<>();
        for (String[] f : found) {
            if (f[2].equals("video")) cameras.add(new ListedCamera(f[0], f[1]));
        }
        return cameras;
    }

    /** The AVFoundation video devices with their indexes; screen capture ("Capture screen 0") is not a camera. */
    public static List<ListedCamera> avFoundation(String log) {
        List<ListedCamera> cameras = new ArrayList<>();
        boolean video = false;
        for (String raw : log.split("\\R")) {
            String line = PREFIX.matcher(raw).replaceFirst("").strip();
            if (line.startsWith("AVFoundation video devices")) { video = true; continue; }
            if (line.startsWith("AVFoundation audio devices")) { video = false; continue; }
            Matcher device = AVF_DEVICE.matcher(line);
            if (video && device.matches() && !device.group(2).startsWith("Capture screen")) {
                cameras.add(new ListedCamera(device.group(2).strip(), device.group(1)));
            }
        }
        return cameras;
    }
}
