package org.sandtray.ui.review;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.sandtray.domain.TrayZone;
import org.sandtray.ui.Messages;

import java.util.Map;

/**
 * The tray in thirds each way, upper left to lower right as the counselor looks down at it: each
 * zone shaded by how many of the pupil's figures stood there at the end of the sessions chosen,
 * with the count and the zone's name written in it.
 */
public final class ZoneHeatmap extends GridPane {
    static final double CELL_WIDTH = 92;
    static final double CELL_HEIGHT = 66;
    private final Messages messages;
    private Color colour = Color.web("#c0392b");

    public ZoneHeatmap(Messages messages) {
        this.messages = messages;
        setHgap(2);
        setVgap(2);
        setId("zoneHeatmap");
        getStyleClass().add("zone-heatmap");
        show(Map.of());
    }

    /** The shade's colour (the pupil's own). */
    public void colour(Color c) { this.colour = c; }

    public void show(Map<TrayZone, Integer> counts) {
        getChildren().clear();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (TrayZone z : TrayZone.values()) {
            int n = counts.getOrDefault(z, 0);
            double share = max == 0 ? 0 : (double) n / max;
            Rectangle cell = new Rectangle(CELL_WIDTH, CELL_HEIGHT, n == 0 ? Color.web("#f4efe6") : colour.deriveColor(0, 0.25 + 0.75 * share, 1,
                    0.25 + 0.75 * share));
            cell.setStroke(Color.web("#d9cdb8"));
            Label count = new Label(String.valueOf(n));
            count.getStyleClass().add("zone-count");
            Label name = new Label(messages.chinese() ? z.nameZh() : z.nameEn());
            name.getStyleClass().add("zone-name");
            StackPane pane = new StackPane(cell, new javafx.scene.layout.VBox(0, count, name));
            ((javafx.scene.layout.VBox) pane.getChildren().get(1)).setAlignment(Pos.CENTER);
            pane.setId("zone-" + z.code());
            Tooltip.install(pane, new Tooltip(messages.get("year.zoneTip", messages.chinese() ? z.nameZh() : z.nameEn(), n)));
            add(pane, z.ordinal() % 3, z.ordinal() / 3);
        }
    }
}
