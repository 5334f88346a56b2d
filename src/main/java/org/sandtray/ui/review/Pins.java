package org.sandtray.ui.review;

import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.Still;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import org.sandtray.review.StandingFigure;
import org.sandtray.vision.TrayMapping;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts standing figures on a still: tray coordinates to places on the picture through the tray
 * setup the still was taken under (the whole picture when it has none). Runs on a worker thread
 * with the rest of a screen's loading; keeps one mapping per setup.
 */
public final class Pins {
    private final Library library;
    private final Map<Long, TrayMapping> mappings = new ConcurrentHashMap<>();

    public Pins(Library library) {
        this.library = library;
    }

    /** The figures pinned on the still; with no still, on an empty tray (tray coordinates as they are). */
    public PinnedStill on(Still still, List<StandingFigure> figures) {
        TrayMapping mapping = still == null ? null : mapping(still);
        List<Pin> pins = figures.stream().map(f -> {
            double x = f.at().x();
            double y = f.at().y();
            if (mapping != null) {
                ImagePoint p = mapping.toImage(f.at());
                x = p.x() / mapping.setup().imageWidth();
                y = p.y() / mapping.setup().imageHeight();
            }
            return new Pin(f.placementId(), x, y, f.figure(), f.student(), f.buried(), f.facingDegrees(), f.changedNow());
        }).toList();
        return new PinnedStill(still, pins);
    }

    private TrayMapping mapping(Still still) {
        // a still without a setup is mapped as a whole picture of its size
        long key = still.traySetupId() == null ? -(still.width() * 100_000L + still.height()) : still.traySetupId();
        return mappings.computeIfAbsent(key, k -> {
            TraySetup setup = still.traySetupId() == null ? null : library.traySetups().byId(still.traySetupId()).orElse(null);
            if (setup == null) setup = TraySetup.wholeImage(still.width(), still.height(), TraySetup.DEFAULT_WIDTH_CM, TraySetup.DEFAULT_HEIGHT_CM);
            return new TrayMapping(setup);
        });
    }
}
