package org.sandtray.export;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.capture.StillEncoder;
import org.sandtray.library.Library;
import org.sandtray.vision.Blur;
import org.sandtray.vision.BlurRegion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * What the window shows before an export is written: each picture as it will be exported (tray
 * top-down or whole frame), small enough to show, with the regions the detectors found. The
 * counselor changes the regions; the export then blurs exactly those (regions are fractions of
 * the picture, so they hold at full size). Thread-safe: each call borrows its own detectors.
 */
public final class ExportPreview {
    /** Pictures are shown at most this wide. */
    public static final int WIDTH = 1280;

    /** One picture to check: the unblurred picture (JPEG, preview size) and the regions found on it. */
    public record Picture(ExportSource.StillRecord still, String session, byte[] jpeg, int width, int height,
                          List<BlurRegion> detected) {}

    private final Library library;
    private final ExportSource source;
    private final ExportOptions options;
    private final StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);

    public ExportPreview(Library library, ExportSource source, ExportOptions options) {
        this.library = library;
        this.source = source;
        this.options = options;
    }

    public ExportSource source() { return source; }

    /** Decodes, frames and searches one still. */
    public Picture prepare(ExportSource.SessionRecord session, ExportSource.StillRecord still) {
        byte[] bytes;
        try (InputStream in = library.stills().open(still.still())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (StillFrame frame = StillFrame.of(bytes, still.setup(), options.wholeFrame(), still.still().id())) {
            List<BlurRegion> detected = List.of();
            if (Exporter.autoBlur(source, options, session)) {
                BlurFinder finder = BlurFinder.borrow();
                try {
                    detected = finder.find(frame);
                } finally {
                    BlurFinder.release(finder);
                }
            }
            Mat image = frame.image();
            int w = Math.min(WIDTH, image.cols());
            int h = Math.max(1, (int) Math.round((double) image.rows() * w / image.cols()));
            byte[] jpeg;
            if (w == image.cols()) {
                jpeg = encoder.jpeg(image);
            } else {
                try (Mat small = new Mat(); Size size = new Size(w, h)) {
                    resize(image, small, size, 0, 0, INTER_AREA);
                    jpeg = encoder.jpeg(small);
                }
            }
            return new Picture(still, String.valueOf(session.session().id()), jpeg, w, h, List.copyOf(detected));
        }
    }

    /** The picture with the regions blurred, as the export will blur them (JPEG, preview size). */
    public byte[] blurred(Picture picture, List<BlurRegion> regions) {
        try (Mat buffer = new Mat(picture.jpeg()); Mat image = imdecode(buffer, IMREAD_COLOR)) {
            Blur.apply(image, regions);
            return encoder.jpeg(image);
        }
    }
}
