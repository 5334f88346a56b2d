package org.sandtray.export;

import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.ImagePoint;
import org.sandtray.library.Placements;
import org.sandtray.vision.Blur;
import org.sandtray.vision.BlurRegion;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

/**
 * Turns one stored still into what is exported: decode (orientation applied), tray top-down,
 * blur (the counselor's checked regions, else what the detectors find), encode the plain picture
 * from pixels (no EXIF, GPS, XMP, comments or thumbnail survive), burn in markers for the
 * annotated one. Thread-safe when each thread has its own {@link BlurFinder}.
 */
final class StillRenderer {
    static final int THUMBNAIL_WIDTH = 640;

    private final StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);
    private final MarkerPainter painter;
    private final boolean wholeFrame;

    StillRenderer(Naming naming, ExportWords words, Function<Placements.Standing, String> figureName, boolean wholeFrame) {
        this.painter = new MarkerPainter(naming, words, figureName);
        this.wholeFrame = wholeFrame;
    }

    /** The picture before blurring, for the window's preview. */
    StillFrame frame(byte[] bytes, ExportSource.StillRecord still) {
        return StillFrame.of(bytes, still.setup(), wholeFrame, still.still().id());
    }

    /**
     * @param regions the regions to blur, or null to run the detectors (finder) on the picture;
     *                an empty list blurs nothing
     */
    RenderedStill render(byte[] bytes, ExportSource.StillRecord still, List<String> participants, List<BlurRegion> regions,
                         BlurFinder finder) {
        try (StillFrame frame = frame(bytes, still)) {
            List<BlurRegion> blur = regions != null ? regions : finder == null ? List.of() : finder.find(frame);
            Mat image = frame.image();
            Blur.apply(image, blur);
            byte[] plain = encoder.jpeg(image);
            BufferedImage canvas = toImage(image);
            painter.paint(canvas, frame, still, participants);
            byte[] annotated;
            byte[] thumbnail;
            try (Mat marked = toMat(canvas)) {
                annotated = encoder.jpeg(marked);
                thumbnail = encoder.thumbnail(marked, Math.min(THUMBNAIL_WIDTH, marked.cols()));
            }
            Map<Long, ImagePoint> pixels = new HashMap<>();
            for (Placements.Standing s : still.standing()) {
                if (s.mark().at() != null) pixels.put(s.placement().id(), frame.pixel(s.mark().at()));
            }
            return new RenderedStill(still, frame.width(), frame.height(), List.copyOf(blur), plain, annotated, thumbnail,
                    pixels);
        }
    }

    static BufferedImage toImage(Mat bgr) {
        BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (bgr.isContinuous()) {
            bgr.data().get(target);
        } else {
            try (Mat copy = bgr.clone()) {
                copy.data().get(target);
            }
        }
        return image;
    }

    static Mat toMat(BufferedImage image) {
        byte[] source = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(image.getHeight(), image.getWidth(), CV_8UC3);
        mat.data().put(source);
        return mat;
    }
}
