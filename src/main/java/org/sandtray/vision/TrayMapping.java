package org.sandtray.vision;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Size;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.getPerspectiveTransform;
import static org.bytedeco.opencv.global.opencv_imgproc.warpPerspective;

/**
 * Maps camera pixels to tray coordinates (0..1 across the tray's inside) and back, through the
 * perspective transform of the four corners marked for a tray setup. A placement keeps its tray
 * coordinates when the camera is bumped and the corners are marked again.
 */
public final class TrayMapping {
    private final TraySetup setup;
    private final double[] toTray;
    private final double[] toImage;

    public TrayMapping(TraySetup setup) {
        this.setup = setup;
        float[] image = new float[8];
        for (int i = 0; i < 4; i++) {
            ImagePoint p = setup.corners().get(i);
            image[2 * i] = (float) p.x();
            image[2 * i + 1] = (float) p.y();
        }
        float[] unit = {0, 0, 1, 0, 1, 1, 0, 1};
        this.toTray = transform(image, unit);
        this.toImage = transform(unit, image);
    }

    public TraySetup setup() { return setup; }

    private static double[] transform(float[] from, float[] to) {
        try (Point2f src = new Point2f(4); Point2f dst = new Point2f(4)) {
            for (int i = 0; i < 4; i++) {
                src.position(i).x(from[2 * i]).y(from[2 * i + 1]);
                dst.position(i).x(to[2 * i]).y(to[2 * i + 1]);
            }
            src.position(0);
            dst.position(0);
            try (Mat m = getPerspectiveTransform(src, dst); DoubleIndexer ix = m.createIndexer()) {
                double[] h = new double[9];
                for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) h[3 * r + c] = ix.get(r, c);
                return h;
            }
        }
    }

    private static double[] apply(double[] h, double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** The tray spot under an image pixel, or null when the pixel is outside the tray's inside. */
    public TrayPoint toTray(ImagePoint pixel) {
        double[] t = apply(toTray, pixel.x(), pixel.y());
        double eps = 1e-9;
        if (t[0] < -eps || t[0] > 1 + eps || t[1] < -eps || t[1] > 1 + eps) return null;
        return new TrayPoint(Math.min(1, Math.max(0, t[0])), Math.min(1, Math.max(0, t[1])));
    }

    /** Where a tray spot appears on the image. */
    public ImagePoint toImage(TrayPoint spot) {
        double[] p = apply(toImage, spot.x(), spot.y());
        return new ImagePoint(p[0], p[1]);
    }

    /**
     * The tray seen straight from above: the still warped so the tray's inside fills an image of
     * the tray's proportions, {@code widthPixels} wide.
     */
    public Mat topDown(Mat still, int widthPixels) {
        int height = (int) Math.round(widthPixels * setup.heightCm() / setup.widthCm());
        double[] scaled = toTray.clone();
        for (int i = 0; i < 3; i++) {
            scaled[i] *= widthPixels;
            scaled[3 + i] *= height;
        }
        Mat out = new Mat();
        try (DoublePointer values = new DoublePointer(scaled);
             Mat h = new Mat(3, 3, org.bytedeco.opencv.global.opencv_core.CV_64F, values);
             Size size = new Size(widthPixels, height)) {
            warpPerspective(still, out, h, size, INTER_LINEAR, org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT,
                    new org.bytedeco.opencv.opencv_core.Scalar(0, 0, 0, 0));
        }
        return out;
    }
}
