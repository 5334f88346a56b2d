package org.sandtray.ui.review;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sandtray.domain.Category;
import org.sandtray.ui.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pupil's figures per session as bars stacked by category, drawn on a canvas (one colour per
 * category, the same in every chart, with a legend of the categories used), the axis in whole
 * figures. Drawn directly rather than with JavaFX's charts: thirteen categories need thirteen
 * fixed colours, and a year's chart must appear with the screen.
 */
public final class CategoryBars extends VBox {
    static final Color[] COLOURS = {Color.web("#e15759"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#8c6d31"),
            Color.web("#b07aa1"), Color.web("#4e79a7"), Color.web("#edc948"), Color.web("#9c755f"), Color.web("#76b7b2"),
            Color.web("#333333"), Color.web("#ff9da7"), Color.web("#7b4ea3"), Color.web("#bab0ac")};

    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final Region holder = new javafx.scene.layout.Pane(canvas) {
        @Override
        protected void layoutChildren() {
            if (canvas.getWidth() == getWidth() && canvas.getHeight() == getHeight()) return;
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    };
    private final FlowPane legend = new FlowPane(10, 4);
    private Map<String, Map<Category, Integer>> columns = new LinkedHashMap<>();
    private List<Category> used = List.of();

    public CategoryBars(Messages messages) {
        this.messages = messages;
        holder.setPrefHeight(240);
        holder.setMinHeight(200);
        setSpacing(6);
        getChildren().addAll(holder, legend);
    }

    public static Color colour(Category c) {
        return COLOURS[c.ordinal() % COLOURS.length];
    }

    public void show(Map<String, Map<Category, Integer>> byColumn, List<Category> categories) {
        this.columns = byColumn;
        this.used = categories;
        legend.getChildren().clear();
        for (Category c : categories) {
            legend.getChildren().add(new Label(messages.chinese() ? c.nameZh() : c.nameEn(), new Rectangle(12, 12, colour(c))));
        }
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) return;
        Font font = Font.font(TrayPictureFonts.FAMILY, 11);
        g.setFont(font);
        double left = 34;
        double bottom = 34;
        double top = 8;
        double plotH = h - bottom - top;
        int max = columns.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(0);
        if (columns.isEmpty()) {
            g.setFill(Color.web("#777"));
            g.fillText(messages.get("year.noSessions"), left, top + 20);
            return;
        }
        int step = niceStep(Math.max(1, max));
        int axisMax = Math.max(step, (max + step - 1) / step * step);
        g.setStroke(Color.web("#ccc"));
        g.setLineWidth(1);
        g.setFill(Color.web("#555"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int v = 0; v <= axisMax; v += step) {
            double y = top + plotH - plotH * v / axisMax;
            g.strokeLine(left, y, w - 4, y);
            g.fillText(String.valueOf(v), left - 4, y);
        }
        int n = columns.size();
        double slot = (w - left - 8) / n;
        double bar = Math.max(4, Math.min(36, slot * 0.6));
        int i = 0;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int labelEvery = Math.max(1, (int) Math.ceil(44 / slot));
        for (var column : columns.entrySet()) {
            double x = left + slot * i + (slot - bar) / 2;
            double y = top + plotH;
            for (Category c : used) {
                int count = column.getValue().getOrDefault(c, 0);
                if (count == 0) continue;
                double bh = plotH * count / axisMax;
                g.setFill(colour(c));
                g.fillRect(x, y - bh, bar, bh);
                y -= bh;
            }
            if (i % labelEvery == 0) {
                g.setFill(Color.web("#444"));
                g.fillText(column.getKey(), x + bar / 2, top + plotH + 4);
            }
            i++;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** 1, 2, 5, 10, 20 ... so that the axis has at most about six lines. */
    static int niceStep(int max) {
        for (int magnitude = 1; ; magnitude *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (max / (m * magnitude) <= 6) return m * magnitude;
            }
        }
    }
}
