package org.sandtray.demo;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.TraySetup;

import java.util.ArrayList;
import java.util.List;

/**
 * Photographs the demo library's tray with the demo camera's own scene: the figures standing,
 * each a token coloured by its category, no hand in the picture.
 */
public final class DemoTrayPainter implements DemoLibrary.TrayPhotographer {
    /** Long enough before the picture that every hand has left the tray. */
    private static final long PLACED_LONG_AGO = -10_000;

    private final int width;
    private final int height;
    private final StillEncoder encoder = new StillEncoder(StillEncoder.DEFAULT_QUALITY);

    public DemoTrayPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    private DemoTrayScene scene(List<DemoLibrary.StandingFigure> figures) {
        List<DemoTrayScene.Visit> visits = new ArrayList<>();
        for (DemoLibrary.StandingFigure f : figures) {
            visits.add(new DemoTrayScene.Visit(PLACED_LONG_AGO, f.at().x(), f.at().y(), f.category().ordinal(), true));
        }
        return new DemoTrayScene(width, height, visits, DemoTrayScene.Lighting.STEADY, 0);
    }

    /** The tray's inside in image pixels: the rim's inner edge. */
    public Rect inside() {
        return scene(List.of()).inside();
    }

    @Override
    public TraySetup traySetup() {
        return scene(List.of()).traySetup();
    }

    @Override
    public byte[] photograph(List<DemoLibrary.StandingFigure> figures, int frame) {
        try (Mat image = new Mat()) {
            scene(figures).render(image, 0);
            return encoder.jpeg(image);
        }
    }
}
