package org.sandtray.export;

import org.sandtray.domain.ImagePoint;
import org.sandtray.vision.BlurRegion;

import java.util.List;
import java.util.Map;

/**
 * A still as it leaves the room: the plain picture (blurred, re-encoded from pixels), the
 * annotated one, a small annotated copy for the PDF's grid, the regions that were blurred, and
 * where each standing figure is on the picture (placement id to pixel).
 */
public record RenderedStill(ExportSource.StillRecord record, int width, int height, List<BlurRegion> regions,
                            byte[] plain, byte[] annotated, byte[] thumbnail, Map<Long, ImagePoint> pixels) {
}
