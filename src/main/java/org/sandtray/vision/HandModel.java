package org.sandtray.vision;

import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2YCrCb;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * Measures a change mask against what a hand is: where it crosses the rim band (an arm crosses it
 * once, two arms twice; a bumped camera or sand smoothed wall to wall cross it all round), and
 * how much of it is skin against sand. Skin is told by chroma, not brightness: a pixel counts when
 * its Cr/Cb fall in the usual skin range (Chai and Ngan's box, Cr 133-173, Cb 77-127) and its Cr
 * rose by at least {@code skinRise} over what was there before, since beige sand itself falls in
 * that box.
 */
final class HandModel implements AutoCloseable {
    private static final int CR_MIN = 133;
    private static final int CR_MAX = 173;
    private static final int CB_MIN = 77;
    private static final int CB_MAX = 127;
    /** Too dark to judge chroma. */
    private static final int Y_MIN = 40;
    /** Gaps up to this many rim positions do not split a crossing (an arm's edge is ragged). */
    private static final int GAP = 2;

    private final Mat ycrcbNow = new Mat();
    private final Mat ycrcbBefore = new Mat();
    private byte[] maskBytes = new byte[0];
    private byte[] now = new byte[0];
    private byte[] before = new byte[0];

    /** The rim band's depth on a mask of this width (pixels). */
    static int band(int cols) {
        return Math.max(1, cols / 40);
    }

    /**
     * The evidence for a change mask (255 = changed) between {@code before} and {@code now}
     * (small BGR frames of the mask's size).
     */
    HandEvidence measure(Mat mask, Mat nowBgr, Mat beforeBgr, double area, RimSide enteredFrom, int skinRise) {
        int rows = mask.rows();
        int cols = mask.cols();
        readMask(mask);
        Rim rim = rim(rows, cols);
        cvtColor(nowBgr, ycrcbNow, COLOR_BGR2YCrCb);
        cvtColor(beforeBgr, ycrcbBefore, COLOR_BGR2YCrCb);
        int n = rows * cols;
        if (now.length != 3 * n) {
            now = new byte[3 * n];
            before = new byte[3 * n];
        }
        ycrcbNow.data().get(now);
        ycrcbBefore.data().get(before);
        int changed = 0;
        int skin = 0;
        for (int i = 0; i < n; i++) {
            if (maskBytes[i] == 0) continue;
            changed++;
            int y = now[3 * i] & 0xFF;
            int cr = now[3 * i + 1] & 0xFF;
            int cb = now[3 * i + 2] & 0xFF;
            int crBefore = before[3 * i + 1] & 0xFF;
            if (y >= Y_MIN && cr >= CR_MIN && cr <= CR_MAX && cb >= CB_MIN && cb <= CB_MAX && cr - crBefore >= skinRise) skin++;
        }
        return new HandEvidence(area, rim.crossings, rim.share, rim.side, changed == 0 ? 0 : (double) skin / changed, enteredFrom);
    }

    /**
     * Where a motion mask that begins an episode touches the rim: the side, when the motion is
     * small and crosses the rim in one or two places (an arm coming in), else null.
     */
    RimSide entry(Mat mask, double motionArea, double handMaxFraction) {
        if (motionArea > handMaxFraction) return null;
        readMask(mask);
        Rim rim = rim(mask.rows(), mask.cols());
        return rim.crossings >= 1 && rim.crossings <= 2 ? rim.side : null;
    }

    private void readMask(Mat mask) {
        int n = mask.rows() * mask.cols();
        if (maskBytes.length != n) maskBytes = new byte[n];
        mask.data().get(maskBytes);
    }

    private record Rim(int crossings, double share, RimSide side) {}

    /** Walks the rim band round the picture: which positions have a change within the band's depth. */
    private Rim rim(int rows, int cols) {
        int band = band(cols);
        int perimeter = 2 * (rows + cols);
        boolean[] hit = new boolean[perimeter];
        int[] perSide = new int[4];
        int p = 0;
        for (int x = 0; x < cols; x++, p++) hit[p] = column(x, 0, band, cols);                 // top, left to right
        for (int y = 0; y < rows; y++, p++) hit[p] = row(y, cols - band, cols, cols);          // right, top to bottom
        for (int x = cols - 1; x >= 0; x--, p++) hit[p] = column(x, rows - band, rows, cols);  // bottom, right to left
        for (int y = rows - 1; y >= 0; y--, p++) hit[p] = row(y, 0, band, cols);               // left, bottom to top
        int marked = 0;
        for (int i = 0; i < perimeter; i++) {
            if (!hit[i]) continue;
            marked++;
            perSide[side(i, rows, cols).ordinal()]++;
        }
        if (marked == 0) return new Rim(0, 0, null);
        int crossings = 0;
        if (marked == perimeter) {
            crossings = 1;
        } else {
            int start = 0;
            while (hit[start]) start++; // begin the walk on an unmarked position so a run is not split at the origin
            int gap = GAP + 1;
            for (int k = 1; k <= perimeter; k++) {
                int i = (start + k) % perimeter;
                if (hit[i]) {
                    if (gap > GAP) crossings++;
                    gap = 0;
                } else {
                    gap++;
                }
            }
        }
        int best = 0;
        for (int s = 1; s < 4; s++) if (perSide[s] > perSide[best]) best = s;
        return new Rim(crossings, (double) marked / perimeter, RimSide.values()[best]);
    }

    private static RimSide side(int i, int rows, int cols) {
        if (i < cols) return RimSide.TOP;
        if (i < cols + rows) return RimSide.RIGHT;
        if (i < 2 * cols + rows) return RimSide.BOTTOM;
        return RimSide.LEFT;
    }

    private boolean column(int x, int fromRow, int toRow, int cols) {
        for (int y = fromRow; y < toRow; y++) if (maskBytes[y * cols + x] != 0) return true;
        return false;
    }

    private boolean row(int y, int fromCol, int toCol, int cols) {
        for (int x = fromCol; x < toCol; x++) if (maskBytes[y * cols + x] != 0) return true;
        return false;
    }

    @Override
    public void close() {
        ycrcbNow.close();
        ycrcbBefore.close();
    }
}
