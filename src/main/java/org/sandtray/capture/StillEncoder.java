package org.sandtray.capture;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/** Encodes frames as JPEG with OpenCV: the still at a set quality, and small thumbnails for the filmstrip. */
public final class StillEncoder {
    public static final int DEFAULT_QUALITY = 90;
    public static final int THUMBNAIL_WIDTH = 320;

    private final int quality;

    public StillEncoder(int quality) {
        if (quality < 1 || quality > 100) throw new org.sandtray.domain.InvalidValue("capture.badQuality", quality);
        this.quality = quality;
    }

    public byte[] jpeg(Mat bgr) {
        try (BytePointer out = new BytePointer(); IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, quality)) {
            if (!imencode(".jpg", bgr, out, params)) throw new IllegalStateException("OpenCV could not encode the frame as JPEG");
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }

    /** A JPEG of the frame scaled to the given width, for lists of stills. */
    public byte[] thumbnail(Mat bgr, int width) {
        int height = Math.max(1, (int) Math.round((double) bgr.rows() * width / bgr.cols()));
        try (Mat small = new Mat(); Size size = new Size(width, height)) {
            resize(bgr, small, size, 0, 0, INTER_AREA);
            return jpeg(small);
        }
    }
}
