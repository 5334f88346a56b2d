package org.sandtray.capture;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.domain.Problem;
import org.sandtray.library.ImageProbe;
import org.sandtray.library.LibraryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * A folder of still images (JPEG, PNG) played as frames in name order, at a set rate; an image that
 * cannot be decoded is skipped with a warning. Files are read by Java and decoded from memory:
 * OpenCV's imread opens paths with the ANSI code page on Windows and fails on a folder named 沙盘.
 */
public final class ImageFolderSource implements FrameSource {
    private static final Logger log = LoggerFactory.getLogger(ImageFolderSource.class);
    private final Path folder;
    private Consumer<Problem> skipped = p -> log.warn("{}", p.english());
    private final double fps;
    private List<Path> files;
    private int index = -1;
    private Mat frame;
    private int width;
    private int height;

    public ImageFolderSource(Path folder, double fps) {
        this.folder = folder;
        this.fps = fps;
    }

    @Override
    public void open() throws CameraException {
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(ImageFolderSource::isImage).sorted().toList();
        } catch (IOException e) {
            throw new CameraException(e, "camera.cannotReadFolder", folder, e.getMessage());
        }
        if (files.isEmpty()) throw new CameraException("camera.folderEmpty", folder);
        index = -1;
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }

    /** Who hears of an image skipped because it cannot be decoded (default: the log). */
    public void onSkip(Consumer<Problem> listener) {
        this.skipped = listener;
    }

    @Override
    public Mat grab() throws CameraException {
        if (files == null) throw new CameraException("camera.notOpen", folder);
        Mat decoded = null;
        while (decoded == null) {
            if (index + 1 >= files.size()) return null;
            index++;
            decoded = decode(files.get(index));
        }
        if (frame != null) frame.close();
        frame = decoded;
        if (width == 0) {
            width = frame.cols();
            height = frame.rows();
        }
        return frame;
    }

    /**
     * The image's pixels, or null (and a warning) when it cannot be decoded. Checked by Java first,
     * so OpenCV never sees a damaged file: its libpng and libjpeg would print on stderr.
     */
    private Mat decode(Path file) {
        try {
            byte[] data = Files.readAllBytes(file);
            ImageProbe.decodable(data);
            Mat decoded;
            try (BytePointer bytes = new BytePointer(data); Mat encoded = new Mat(1, data.length, CV_8UC1, bytes)) {
                decoded = imdecode(encoded, IMREAD_COLOR);
            }
            if (decoded != null && !decoded.empty()) return decoded;
            skipped.accept(Problem.of("camera.skippedImage", file.getFileName(), Problem.of("camera.cannotDecode", file.getFileName())));
        } catch (LibraryException e) {
            skipped.accept(Problem.of("camera.skippedImage", file.getFileName(), e.problem()));
        } catch (IOException e) {
            skipped.accept(Problem.of("camera.skippedImage", file.getFileName(), e.getMessage()));
        }
        return null;
    }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public double frameRate() { return fps; }

    @Override public long timestampMillis() { return Math.round(Math.max(0, index) * 1000 / fps); }

    @Override public String name() { return folder.getFileName().toString(); }

    @Override public boolean isOpen() { return files != null; }

    @Override
    public void close() {
        if (frame != null) frame.close();
        frame = null;
        files = null;
    }
}
