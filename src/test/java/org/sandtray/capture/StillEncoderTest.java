package org.sandtray.capture;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StillEncoderTest {
    @Test
    void jpegsDecodeToTheFrameSizeAndQualityTradesSize() {
        DemoTrayScene scene = DemoTrayScene.standard(1280, 720);
        try (Mat frame = new Mat()) {
            scene.render(frame, 30_000);
            byte[] high = new StillEncoder(95).jpeg(frame);
            byte[] low = new StillEncoder(40).jpeg(frame);
            assertTrue(low.length < high.length, low.length + " < " + high.length);
            try (Mat raw = new Mat(new BytePointer(high)); Mat decoded = imdecode(raw, IMREAD_COLOR)) {
                assertEquals(1280, decoded.cols());
                assertEquals(720, decoded.rows());
            }
            byte[] thumb = new StillEncoder(80).thumbnail(frame, StillEncoder.THUMBNAIL_WIDTH);
            try (Mat raw = new Mat(new BytePointer(thumb)); Mat decoded = imdecode(raw, IMREAD_COLOR)) {
                assertEquals(320, decoded.cols());
                assertEquals(180, decoded.rows());
            }
        }
    }
}
