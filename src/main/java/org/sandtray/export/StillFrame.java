package org.sandtray.export;

import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.LibraryException;
import org.sandtray.vision.TrayMapping;

import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * The picture an export starts from: the still's pixels decoded (the EXIF orientation applied,
 * nothing else of the file kept) and, when the still has a tray setup, the tray warped top-down to
 * the tray's proportions, so the children and the room around it are not exported. Knows where a
 * tray spot lands on that picture, for markers and data.
 */
public final class StillFrame implements AutoCloseable {
    /** A rectified tray is at most this wide: the camera's own resolution across the tray, no more. */
    static final int MAX_TRAY_WIDTH = 1920;

    private final Mat image;
    private final boolean rectified;
    private final TrayMapping mapping;
    private final List<ImagePoint> trayCorners;

    private StillFrame(Mat image, boolean rectified, TrayMapping mapping, List<ImagePoint> trayCorners) {
        this.image = image;
        this.rectified = rectified;
        this.mapping = mapping;
        this.trayCorners = trayCorners;
    }

    /**
     * @param bytes      the still's file as stored
     * @param setup      its tray setup, or null
     * @param wholeFrame keep the full frame even when the tray is known
     */
    public static StillFrame of(byte[] bytes, TraySetup setup, boolean wholeFrame, long stillId) {
        Mat decoded;
        try (Mat buffer = new Mat(1, bytes.length, org.bytedeco.opencv.global.opencv_core.CV_8UC1)) {
            buffer.data().put(bytes);
            decoded = imdecode(buffer, IMREAD_COLOR);
        }
        if (decoded == null || decoded.empty()) throw new LibraryException("export.cannotDecode", stillId);
        if (setup == null) return new StillFrame(decoded, false, null, null);
        TraySetup scaled = scaledTo(setup, decoded.cols(), decoded.rows());
        TrayMapping mapping = new TrayMapping(scaled);
        if (wholeFrame) return new StillFrame(decoded, false, mapping, scaled.corners());
        int width = trayWidth(scaled);
        Mat top = mapping.topDown(decoded, Math.max(16, width));
        decoded.close();
        return new StillFrame(top, true, null, null);
    }

    /**
     * The width of the top-down picture: as many pixels as the tray covers on the camera image
     * (no upsampling of a tray seen at a slant), in the tray's proportions, at most 1920 wide.
     */
    static int trayWidth(TraySetup setup) {
        List<ImagePoint> c = setup.corners();
        double area = 0;
        for (int i = 0; i < 4; i++) {
            ImagePoint a = c.get(i);
            ImagePoint b = c.get((i + 1) % 4);
            area += a.x() * b.y() - b.x() * a.y();
        }
        double ratio = setup.widthCm() / setup.heightCm();
        return (int) Math.max(16, Math.min(MAX_TRAY_WIDTH, Math.round(Math.sqrt(Math.abs(area) / 2 * ratio))));
    }

    /** The setup's corners on an image of this size (a setup marked on a smaller preview still holds). */
    static TraySetup scaledTo(TraySetup setup, int width, int height) {
        if (setup.imageWidth() == width && setup.imageHeight() == height) return setup;
        double sx = (double) width / setup.imageWidth();
        double sy = (double) height / setup.imageHeight();
        List<ImagePoint> corners = new ArrayList<>();
        for (ImagePoint p : setup.corners()) corners.add(new ImagePoint(p.x() * sx, p.y() * sy));
        return new TraySetup(setup.id(), setup.widthCm(), setup.heightCm(), width, height, corners);
    }

    public Mat image() { return image; }

    public int width() { return image.cols(); }

    public int height() { return image.rows(); }

    /** Whether the picture is the tray alone, seen from above. */
    public boolean rectified() { return rectified; }

    /** Where a tray spot lands on the picture, in pixels. */
    public ImagePoint pixel(TrayPoint spot) {
        if (mapping == null) return new ImagePoint(spot.x() * width(), spot.y() * height());
        return mapping.toImage(spot);
    }

    /** Whether the tray's place on the picture is known (the still has a tray setup). */
    public boolean trayKnown() { return rectified || mapping != null; }

    /** The tray's inner corners on the picture, or null when the picture is all tray (or the tray is unknown). */
    public List<ImagePoint> trayCorners() { return trayCorners; }

    @Override
    public void close() {
        image.close();
    }
}
