package org.sandtray.demo;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.sandtray.domain.Category;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TraySetup;

import java.util.List;
import java.util.Random;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;


/**
 * Photographs the demo tray with OpenCV: grainy sand inside a wooden rim, each figure a coloured
 * token (colour by category) with a shadow, at its tray coordinates. Encodes JPEG.
 */
public final class DemoTrayPainter implements DemoLibrary.TrayPhotographer {
    private final int width;
    private final int height;
    private final int rim;
    private final byte[] sand;

    public DemoTrayPainter(int width, int height) {
        this.width = width;
        this.height = height;
        this.rim = Math.max(8, width / 20);
        this.sand = grainySand(width - 2 * rim, height - 2 * rim);
    }

    /** Sand-coloured grain, the same every time: BGR bytes of the tray's inside. */
    private static byte[] grainySand(int w, int h) {
        Random random = new Random(20261128L);
        byte[] bgr = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            int grain = (int) (random.nextGaussian() * 9);
            bgr[3 * i] = (byte) clamp(150 + grain);
            bgr[3 * i + 1] = (byte) clamp(200 + grain);
            bgr[3 * i + 2] = (byte) clamp(222 + grain);
        }
        return bgr;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The tray's inside in image pixels: the rim's inner edge. */
    public Rect inside() {
        return new Rect(rim, rim, width - 2 * rim, height - 2 * rim);
    }

    @Override
    public TraySetup traySetup() {
        Rect r = inside();
        try (r) {
            return new TraySetup(0, TraySetup.DEFAULT_WIDTH_CM, TraySetup.DEFAULT_HEIGHT_CM, width, height, List.of(
                    new ImagePoint(r.x(), r.y()), new ImagePoint(r.x() + r.width(), r.y()),
                    new ImagePoint(r.x() + r.width(), r.y() + r.height()), new ImagePoint(r.x(), r.y() + r.height())));
        }
    }

    @Override
    public byte[] photograph(List<DemoLibrary.StandingFigure> figures, int frame) {
        try (Mat image = new Mat(height, width, CV_8UC3, new Scalar(40, 80, 120, 0));
             BytePointer sandPixels = new BytePointer(sand);
             Mat sand = new Mat(height - 2 * rim, width - 2 * rim, CV_8UC3, sandPixels)) {
            try (Mat roi = image.apply(inside())) {
                sand.copyTo(roi);
            }
            for (DemoLibrary.StandingFigure f : figures) {
                int x = rim + (int) Math.round(f.at().x() * (width - 2 * rim));
                int y = rim + (int) Math.round(f.at().y() * (height - 2 * rim));
                int r = Math.max(6, width / 45);
                try (Point shadow = new Point(x + r / 3, y + r / 3); Point centre = new Point(x, y)) {
                    circle(image, shadow, r, new Scalar(90, 130, 150, 0), FILLED, LINE_AA, 0);
                    circle(image, centre, r, colour(f.category()), FILLED, LINE_AA, 0);
                    circle(image, centre, r, new Scalar(30, 30, 30, 0), 2, LINE_AA, 0);
                }
            }
            try (BytePointer jpeg = new BytePointer(); IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, 90)) {
                imencode(".jpg", image, jpeg, params);
                byte[] out = new byte[(int) jpeg.limit()];
                jpeg.get(out);
                return out;
            }
        }
    }

    /** BGR colours, one per category, so figures of a kind look alike in the demo. */
    private static Scalar colour(Category category) {
        return switch (category) {
            case PEOPLE -> new Scalar(60, 60, 220, 0);
            case ANIMALS -> new Scalar(40, 140, 240, 0);
            case PLANTS -> new Scalar(50, 160, 50, 0);
            case BUILDINGS -> new Scalar(160, 90, 60, 0);
            case VEHICLES -> new Scalar(200, 60, 60, 0);
            case FENCES -> new Scalar(30, 90, 140, 0);
            case SPIRITUAL -> new Scalar(0, 215, 255, 0);
            case FANTASY -> new Scalar(180, 50, 180, 0);
            case STONES_SHELLS -> new Scalar(170, 170, 170, 0);
            default -> new Scalar(120, 120, 120, 0);
        };
    }
}
