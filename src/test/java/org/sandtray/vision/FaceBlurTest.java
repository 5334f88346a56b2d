package org.sandtray.vision;

import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faces in real photographs, labelled by hand (fixtures/real/README.md), scored on photos held out
 * from the choice of the detector's parameters (messi5.jpg, camera.png): each face box must be
 * covered by what the detector returns, and after blurring the detail (variance of the Laplacian)
 * inside the face must be gone while the rest of the picture keeps its detail.
 */
class FaceBlurTest {
    record Face(String file, int left, int top, int right, int bottom) {}

    static final List<Face> HELD_OUT = List.of(new Face("fixtures/real/messi5.jpg", 217, 92, 256, 134),
            new Face("fixtures/real/camera.png", 192, 127, 255, 197));

    static FaceDetector detector;

    @BeforeAll
    static void load() {
        detector = new FaceDetector();
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    @Test
    void everyLabelledFaceIsFoundAndBlurredAndTheRestStaysSharp() {
        for (Face face : HELD_OUT) {
            try (Mat image = imread(face.file(), IMREAD_COLOR)) {
                List<BlurRegion> regions = detector.find(image);
                double covered = covered(face, regions, image.cols(), image.rows());
                assertTrue(covered >= 0.95, face.file() + ": " + covered + " of the face covered by " + regions);
                double blurredArea = regions.stream().mapToDouble(BlurRegion::area).sum();
                assertTrue(blurredArea < 0.2, face.file() + ": blurs " + blurredArea + " of the picture, not just faces");
                try (Mat blurred = image.clone()) {
                    Blur.apply(blurred, regions);
                    double before = detail(image, face);
                    double after = detail(blurred, face);
                    assertTrue(after < 0.05 * before, face.file() + ": detail in the face " + before + " -> " + after);
                    double restBefore = detailOutside(image, regions);
                    double restAfter = detailOutside(blurred, regions);
                    assertTrue(restAfter > 0.99 * restBefore, face.file() + ": the rest " + restBefore + " -> " + restAfter);
                }
            }
        }
    }

    @Test
    void aSmallFaceAcrossTheRoomIsFoundInATile() {
        // messi5 scaled 1.5x into a 1920x1080 frame of real texture: the face is about 60 pixels, a
        // thirtieth of the width, too small for the model's 192-pixel input without tiles
        Face face = HELD_OUT.get(0);
        try (Mat photo = imread(face.file(), IMREAD_COLOR); Mat texture = imread("fixtures/real/stuff.jpg", IMREAD_COLOR);
             Mat frame = new Mat(1080, 1920, CV_8UC3); Mat big = new Mat(); Mat tiled = new Mat();
             Size full = new Size(1920, 1080); Size scaled = new Size(photo.cols() * 3 / 2, photo.rows() * 3 / 2)) {
            resize(texture, tiled, full, 0, 0, INTER_LINEAR);
            tiled.copyTo(frame);
            resize(photo, big, scaled, 0, 0, INTER_LINEAR);
            int ox = 1020;
            int oy = 520;
            try (Rect at = new Rect(ox, oy, big.cols(), big.rows()); Mat window = new Mat(frame, at)) {
                big.copyTo(window);
            }
            Face placed = new Face(face.file(), ox + face.left() * 3 / 2, oy + face.top() * 3 / 2, ox + face.right() * 3 / 2,
                    oy + face.bottom() * 3 / 2);
            List<BlurRegion> regions = detector.find(frame);
            double covered = covered(placed, regions, frame.cols(), frame.rows());
            assertTrue(covered >= 0.95, covered + " of the small face covered by " + regions);
        }
    }

    /** The share of the face box's pixels inside some region. */
    static double covered(Face f, List<BlurRegion> regions, int width, int height) {
        int inside = 0;
        int total = 0;
        for (int y = f.top(); y < f.bottom(); y++) {
            for (int x = f.left(); x < f.right(); x++) {
                total++;
                double fx = (x + 0.5) / width;
                double fy = (y + 0.5) / height;
                if (regions.stream().anyMatch(r -> r.contains(fx, fy))) inside++;
            }
        }
        return (double) inside / total;
    }

    /** Variance of the Laplacian of the grey picture inside the face box: how much fine detail is there. */
    static double detail(Mat bgr, Face f) {
        try (Rect r = new Rect(f.left(), f.top(), f.right() - f.left(), f.bottom() - f.top()); Mat part = new Mat(bgr, r)) {
            return laplacianVariance(part, null);
        }
    }

    static double detailOutside(Mat bgr, List<BlurRegion> regions) {
        try (Mat mask = new Mat(bgr.rows(), bgr.cols(), org.bytedeco.opencv.global.opencv_core.CV_8UC1,
                new org.bytedeco.opencv.opencv_core.Scalar(255))) {
            try (UByteIndexer ix = mask.createIndexer()) {
                for (BlurRegion region : regions) {
                    int[] p = region.grown(0.05).pixels(bgr.cols(), bgr.rows());
                    for (int y = p[1]; y < p[1] + p[3]; y++) for (int x = p[0]; x < p[0] + p[2]; x++) ix.put(y, x, 0);
                }
            }
            return laplacianVariance(bgr, mask);
        }
    }

    static double laplacianVariance(Mat bgr, Mat mask) {
        try (Mat grey = new Mat(); Mat lap = new Mat(); Mat mean = new Mat(); Mat std = new Mat()) {
            cvtColor(bgr, grey, COLOR_BGR2GRAY);
            Laplacian(grey, lap, CV_64F);
            if (mask == null) meanStdDev(lap, mean, std); else meanStdDev(lap, mean, std, mask);
            double s = std.createIndexer().getDouble(0);
            return s * s;
        }
    }
}
