package org.sandtray.vision;

import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.FileStorage;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.flip;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromTFLite;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Finds faces to blur: MediaPipe's BlazeFace (full range) through OpenCV's DNN, run on the whole
 * image and on overlapping tiles (its input is 192 pixels, so a child's face across the room is
 * found only in a tile), together with OpenCV's Haar cascades for frontal faces and profiles.
 * Every hit counts: a face blurred twice costs nothing, a face missed is a child shown. Boxes that
 * overlap are merged into one, grown by a margin. Detectors still miss faces (a head turned away
 * is found by none), which is why the window shows every image before it is written.
 * Not thread-safe: one detector per thread.
 */
public final class FaceDetector implements AutoCloseable {
    static final String MODEL = "/org/sandtray/vision/face_detection_full_range.tflite";
    private static final int INPUT = 192;
    private static final int GRID = 48;
    private static final double RAW_SCORE_LIMIT = 80;
    private static final String CASCADES = "/org/bytedeco/opencv/" + Loader.getPlatform() + "/share/opencv4/";

    private static volatile byte[] modelBytes;

    private final FaceParameters parameters;
    private final Net net;
    private final StringVector outputNames;
    /** The cascades, each with whether it knows faces turned one way only (then it also runs on the mirrored image). */
    private final List<CascadeClassifier> cascades = new ArrayList<>();
    private final List<Boolean> oneSided = new ArrayList<>();

    /** A face found in pixels of the image searched. */
    private record Box(double left, double top, double right, double bottom, double score) {
        double area() { return (right - left) * (bottom - top); }

        double overlap(Box o) {
            double ix = Math.max(0, Math.min(right, o.right) - Math.max(left, o.left));
            double iy = Math.max(0, Math.min(bottom, o.bottom) - Math.max(top, o.top));
            double inter = ix * iy;
            return inter == 0 ? 0 : inter / Math.min(area(), o.area());
        }

        Box union(Box o) {
            return new Box(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right), Math.max(bottom, o.bottom),
                    Math.max(score, o.score));
        }
    }

    public FaceDetector(FaceParameters parameters) {
        this.parameters = parameters;
        this.net = readNetFromTFLite(model());
        this.outputNames = net.getUnconnectedOutLayersNames();
        for (String file : parameters.cascades()) {
            cascades.add(cascade(file));
            oneSided.add(file.contains("profile"));
        }
    }

    public FaceDetector() {
        this(FaceParameters.defaults());
    }

    private static byte[] model() {
        byte[] bytes = modelBytes;
        if (bytes == null) {
            synchronized (FaceDetector.class) {
                if (modelBytes == null) modelBytes = resource(MODEL);
                bytes = modelBytes;
            }
        }
        return bytes;
    }

    private static byte[] resource(String name) {
        try (InputStream in = FaceDetector.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the program is missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a cascade from memory: a file path would break on a Windows user folder with Chinese letters. */
    private static CascadeClassifier cascade(String file) {
        String xml = new String(resource(CASCADES + file), StandardCharsets.UTF_8);
        CascadeClassifier classifier = new CascadeClassifier();
        try (FileStorage fs = new FileStorage(xml, FileStorage.READ | FileStorage.MEMORY)) {
            if (!classifier.read(fs.getFirstTopLevelNode())) throw new IllegalStateException("cannot load the cascade " + file);
        }
        return classifier;
    }

    /** The faces on a BGR image, as regions to blur (grown by the margin). */
    public List<BlurRegion> find(Mat bgr) {
        List<Box> boxes = new ArrayList<>(blazeFace(bgr));
        boxes.addAll(haar(bgr));
        List<BlurRegion> out = new ArrayList<>();
        for (Box b : merge(boxes)) {
            out.add(BlurRegion.ofPixels(b.left, b.top, b.right, b.bottom, bgr.cols(), bgr.rows(), BlurRegion.Kind.FACE, b.score)
                    .grown(parameters.margin()));
        }
        return out;
    }

    /** BlazeFace on the whole image and on each tile. */
    List<Box> blazeFace(Mat bgr) {
        List<Box> found = new ArrayList<>(blazeFace(bgr, new Rect(0, 0, bgr.cols(), bgr.rows())));
        int columns = parameters.tileColumns();
        int rows = parameters.tileRows();
        if (columns * rows > 1) {
            double tileW = bgr.cols() / (columns - (columns - 1) * parameters.tileOverlap());
            double tileH = bgr.rows() / (rows - (rows - 1) * parameters.tileOverlap());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int left = (int) Math.round(c * tileW * (1 - parameters.tileOverlap()));
                    int top = (int) Math.round(r * tileH * (1 - parameters.tileOverlap()));
                    int w = Math.min(bgr.cols() - left, (int) Math.round(tileW));
                    int h = Math.min(bgr.rows() - top, (int) Math.round(tileH));
                    try (Rect tile = new Rect(left, top, w, h)) {
                        found.addAll(blazeFace(bgr, tile));
                    }
                }
            }
        }
        return found;
    }

    private List<Box> blazeFace(Mat bgr, Rect tile) {
        double scale = (double) INPUT / Math.max(tile.width(), tile.height());
        int w = Math.max(1, (int) Math.round(tile.width() * scale));
        int h = Math.max(1, (int) Math.round(tile.height() * scale));
        int padX = (INPUT - w) / 2;
        int padY = (INPUT - h) / 2;
        List<Box> out = new ArrayList<>();
        try (Mat part = new Mat(bgr, tile); Mat small = new Mat(); Size size = new Size(w, h);
             Mat input = new Mat(INPUT, INPUT, CV_8UC3, new Scalar(0, 0, 0, 0)); Rect at = new Rect(padX, padY, w, h);
             Mat window = new Mat(input, at); Size inputSize = new Size(INPUT, INPUT);
             Scalar mean = new Scalar(127.5, 127.5, 127.5, 0)) {
            resize(part, small, size, 0, 0, INTER_AREA);
            small.copyTo(window);
            try (Mat blob = blobFromImage(input, 1 / 127.5, inputSize, mean, true, false, CV_32F);
                 MatVector outputs = new MatVector()) {
                net.setInput(blob);
                net.forward(outputs, outputNames);
                Mat boxes = null;
                Mat scores = null;
                for (long i = 0; i < outputs.size(); i++) {
                    Mat m = outputs.get(i);
                    if (m.total() == (long) GRID * GRID * 16) boxes = m;
                    else if (m.total() == (long) GRID * GRID) scores = m;
                }
                if (boxes == null || scores == null) throw new IllegalStateException("the face model's outputs are not BlazeFace's");
                try (FloatIndexer bx = boxes.reshape(1, GRID * GRID).createIndexer();
                     FloatIndexer sc = scores.reshape(1, GRID * GRID).createIndexer()) {
                    for (int i = 0; i < GRID * GRID; i++) {
                        double raw = Math.max(-RAW_SCORE_LIMIT, Math.min(RAW_SCORE_LIMIT, sc.get(i, 0)));
                        double score = 1 / (1 + Math.exp(-raw));
                        if (score < parameters.scoreThreshold()) continue;
                        double ax = ((i % GRID) + 0.5) / GRID;
                        double ay = ((i / GRID) + 0.5) / GRID;
                        double cx = (bx.get(i, 0) / INPUT + ax) * INPUT;
                        double cy = (bx.get(i, 1) / INPUT + ay) * INPUT;
                        double bw = bx.get(i, 2);
                        double bh = bx.get(i, 3);
                        if (!(bw > 0 && bh > 0)) continue;
                        out.add(new Box(tile.x() + (cx - bw / 2 - padX) / scale, tile.y() + (cy - bh / 2 - padY) / scale,
                                tile.x() + (cx + bw / 2 - padX) / scale, tile.y() + (cy + bh / 2 - padY) / scale, score));
                    }
                }
            }
        }
        return out;
    }

    /** The cascades on a grey, equalised copy (a profile cascade both ways: it knows faces turned one way only). */
    List<Box> haar(Mat bgr) {
        List<Box> out = new ArrayList<>();
        double scale = Math.min(1.0, (double) parameters.haarWorkWidth() / bgr.cols());
        try (Mat grey = new Mat(); Mat work = new Mat(); Mat mirrored = new Mat()) {
            cvtColor(bgr, grey, COLOR_BGR2GRAY);
            if (scale < 1) {
                try (Size size = new Size((int) Math.round(bgr.cols() * scale), (int) Math.round(bgr.rows() * scale))) {
                    resize(grey, work, size, 0, 0, INTER_AREA);
                }
            } else {
                grey.copyTo(work);
            }
            equalizeHist(work, work);
            for (int i = 0; i < cascades.size(); i++) {
                collect(cascades.get(i), work, scale, false, out);
                if (oneSided.get(i)) {
                    if (mirrored.empty()) flip(work, mirrored, 1);
                    collect(cascades.get(i), mirrored, scale, true, out);
                }
            }
        }
        return out;
    }

    private void collect(CascadeClassifier cascade, Mat work, double scale, boolean mirrored, List<Box> out) {
        try (RectVector hits = new RectVector(); Size min = new Size(parameters.haarMinSize(), parameters.haarMinSize());
             Size max = new Size()) {
            cascade.detectMultiScale(work, hits, parameters.haarScale(), parameters.haarNeighbors(), 0, min, max);
            for (long i = 0; i < hits.size(); i++) {
                Rect r = hits.get(i);
                double left = mirrored ? work.cols() - r.x() - r.width() : r.x();
                out.add(new Box(left / scale, r.y() / scale, (left + r.width()) / scale, (r.y() + r.height()) / scale, 0.5));
            }
        }
    }

    /** Overlapping boxes (by the smaller one's share) become their union: the blur covers what any detector saw. */
    private List<Box> merge(List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        for (Box b : sorted) {
            boolean merged = false;
            for (int i = 0; i < kept.size() && !merged; i++) {
                if (kept.get(i).overlap(b) > parameters.nmsThreshold()) {
                    kept.set(i, kept.get(i).union(b));
                    merged = true;
                }
            }
            if (!merged) kept.add(b);
        }
        return kept;
    }

    @Override
    public void close() {
        net.close();
        outputNames.close();
        cascades.forEach(CascadeClassifier::close);
    }
}
