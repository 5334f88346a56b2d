package org.sandtray.capture;

import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lists the cameras of Windows (DirectShow) and macOS (AVFoundation) by running the ffmpeg program
 * that ships inside the FFmpeg jar with {@code -list_devices true} and reading its log. Run as a
 * separate process because FFmpeg prints the list through its process-wide log, which the program
 * keeps quiet in its own process; the log is UTF-8 on every OS. See docs/decisions/0009.
 */
final class FfmpegDeviceLister {
    private static final Logger log = LoggerFactory.getLogger(FfmpegDeviceLister.class);
    private static final long TIMEOUT_SECONDS = 15;

    private FfmpegDeviceLister() {}

    static List<ListedCamera> list(Platform platform) {
        return switch (platform) {
            case WINDOWS -> DeviceListing.directShow(run(arguments(platform)));
            case MAC -> DeviceListing.avFoundation(run(arguments(platform)));
            case LINUX, OTHER -> List.of();
        };
    }

    static List<String> arguments(Platform platform) {
        return switch (platform) {
            case WINDOWS -> List.of("-hide_banner", "-f", "dshow", "-list_devices", "true", "-i", "dummy");
            case MAC -> List.of("-hide_banner", "-f", "avfoundation", "-list_devices", "true", "-i", "");
            case LINUX, OTHER -> List.of("-hide_banner", "-sources", "video4linux2");
        };
    }

    /** Runs the bundled ffmpeg with these arguments and returns what it printed (it always exits non-zero here). */
    static String run(List<String> arguments) {
        Process process = null;
        try {
            String program = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
            List<String> command = new ArrayList<>();
            command.add(program);
            command.addAll(arguments);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            InputStream in = process.getInputStream();
            Thread reader = new Thread(() -> copy(in, output), "ffmpeg-device-list");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("listing cameras: ffmpeg did not finish in {} s", TIMEOUT_SECONDS);
                process.destroyForcibly();
            }
            reader.join(TimeUnit.SECONDS.toMillis(2));
            String text;
            synchronized (output) {
                text = output.toString(StandardCharsets.UTF_8);
            }
            log.debug("ffmpeg {}: {}", arguments, text);
            return text;
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            log.warn("listing cameras: cannot run ffmpeg: {}", e.getMessage());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            if (process != null) process.destroy();
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            log.debug("reading ffmpeg's output: {}", e.getMessage());
        }
    }
}
