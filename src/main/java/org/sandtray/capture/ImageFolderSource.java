package org.sandtray.capture;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * A folder of still images (JPEG, PNG) played as frames in name order, at a set rate. Files are
 * read by Java and decoded from memory: OpenCV's imread opens paths with the ANSI code page on
 * Windows and fails on a folder named 沙盘.
 */
public final class ImageFolderSource implements FrameSource {
    private final Path folder;
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

    @Override
    public Mat grab() throws CameraException {
        if (files == null) throw new CameraException("camera.notOpen", folder);
        if (index + 1 >= files.size()) return null;
        index++;
        if (frame != null) frame.close();
        frame = decode(files.get(index));
        if (frame == null || frame.empty()) {
            throw new CameraException("camera.cannotDecode", files.get(index).getFileName());
        }
        if (width == 0) {
            width = frame.cols();
            height = frame.rows();
        }
        return frame;
    }

    private static Mat decode(Path file) throws CameraException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CameraException(e, "camera.cannotReadImage", file.getFileName(), e.getMessage());
        }
        if (bytes.length == 0) return null;
        try (BytePointer data = new BytePointer(bytes); Mat encoded = new Mat(1, bytes.length, org.bytedeco.opencv.global.opencv_core.CV_8U, data)) {
            return imdecode(encoded, IMREAD_COLOR);
        }
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
