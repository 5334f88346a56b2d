package org.sandtray.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/** Loads FFmpeg's native libraries once, turning a missing system library into a message naming its package. */
final class NativeLibraries {
    private static volatile String ffmpegProblem;
    private static volatile boolean ffmpegChecked;

    private NativeLibraries() {}

    static void requireFfmpeg() throws CameraException {
        if (!ffmpegChecked) {
            synchronized (NativeLibraries.class) {
                if (!ffmpegChecked) {
                    try {
                        FFmpegFrameGrabber.tryLoad();
                    } catch (FrameGrabber.Exception | UnsatisfiedLinkError e) {
                        Throwable root = e;
                        while (root.getCause() != null) root = root.getCause();
                        ffmpegProblem = explain(String.valueOf(root.getMessage()));
                    }
                    ffmpegChecked = true;
                }
            }
        }
        if (ffmpegProblem != null) throw new CameraException(ffmpegProblem);
    }

    static String explain(String message) {
        if (message.contains("libpulse")) {
            return "FFmpeg's camera layer needs the PulseAudio client library: install the Debian package libpulse0 ("
                    + message + ")";
        }
        if (message.contains("libgtk") || message.contains("libgdk")) {
            return "OpenCV needs GTK: install the Debian package libgtk2.0-0 (" + message + ")";
        }
        return "FFmpeg's native libraries cannot be loaded: " + message;
    }
}
