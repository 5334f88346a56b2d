package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Blurs regions of an image in place, hard enough that a face cannot be recognised: each region
 * is shrunk to about a twelfth of its size, blurred there, and stretched back, so only colour
 * blobs remain (a light blur keeps a face recognisable to those who know the child).
 */
public final class Blur {
    /** Detail left across a region: it is shrunk to at most this many pixels across its shorter side. */
    static final int CELLS = 10;

    private Blur() {}

    public static void apply(Mat bgr, List<BlurRegion> regions) {
        for (BlurRegion region : regions) {
            int[] p = region.pixels(bgr.cols(), bgr.rows());
            if (p[2] < 2 || p[3] < 2) continue;
            int shorter = Math.min(p[2], p[3]);
            double factor = Math.min(1.0, (double) CELLS / shorter);
            int sw = Math.max(1, (int) Math.round(p[2] * factor));
            int sh = Math.max(1, (int) Math.round(p[3] * factor));
            try (Rect r = new Rect(p[0], p[1], p[2], p[3]); Mat window = new Mat(bgr, r); Mat small = new Mat();
                 Size smallSize = new Size(sw, sh); Size full = new Size(p[2], p[3]); Size kernel = new Size(3, 3);
                 Mat stretched = new Mat()) {
                resize(window, small, smallSize, 0, 0, INTER_AREA);
                GaussianBlur(small, small, kernel, 0);
                resize(small, stretched, full, 0, 0, INTER_LINEAR);
                int k = Math.max(3, (shorter / CELLS) | 1);
                try (Size smooth = new Size(k, k)) {
                    GaussianBlur(stretched, stretched, smooth, 0);
                }
                stretched.copyTo(window);
            }
        }
    }
}
