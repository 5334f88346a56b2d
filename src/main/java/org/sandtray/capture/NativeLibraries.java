package org.sandtray.capture;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.sandtray.domain.Problem;
import org.bytedeco.javacv.FrameGrabber;

/** Loads FFmpeg's native libraries once, turning a missing system library into a message naming its package. */
final class NativeLibraries {
    private static volatile Problem ffmpegProblem;
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
        if (ffmpegProblem != null) throw new CameraException(ffmpegProblem, null);
    }

    static Problem explain(String message) {
        if (message.contains("libpulse")) {
            return Problem.of("camera.needsLibpulse", message);
        }
        if (message.contains("libgtk") || message.contains("libgdk")) {
            return Problem.of("camera.needsGtk", message);
        }
        return Problem.of("camera.ffmpegNotLoaded", message);
    }
}
