package org.sandtray.export;

import org.sandtray.domain.Annotation;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.TrayPoint;
import org.sandtray.library.Placements;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Burns markers into a still with Java2D (OpenCV cannot draw Chinese): a dot per figure standing
 * in the tray, coloured by the student who placed it, its name beside it in the export's
 * language, an arrow for the way it faces, a dashed ring when buried; the free annotations; and a
 * legend of students by code. Other pupils' figures in a student's export are grey and unlabelled.
 */
final class MarkerPainter {
    static final Color[] PALETTE = {new Color(0xD7263D), new Color(0x1B998B), new Color(0x2E86AB), new Color(0xF46036),
            new Color(0x7B2CBF), new Color(0x3A7D44), new Color(0xC2185B), new Color(0x795548)};
    static final Color OTHER = new Color(0x9E9E9E);
    static final Color ANNOTATION = new Color(0xFF00A0);

    private final Naming naming;
    private final ExportWords words;
    private final Function<Placements.Standing, String> figureName;

    MarkerPainter(Naming naming, ExportWords words, Function<Placements.Standing, String> figureName) {
        this.naming = naming;
        this.words = words;
        this.figureName = figureName;
    }

    /** Draws onto the image (already blurred) the marks of one still, mapped by the frame. */
    void paint(BufferedImage image, StillFrame frame, ExportSource.StillRecord still, List<String> participants) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float unit = Math.max(1f, image.getWidth() / 640f);
            Font font = Fonts.awt(Math.max(12f, 11f * unit));
            g.setFont(font);
            Set<String> seen = new LinkedHashSet<>();
            boolean others = false;
            for (Placements.Standing s : still.standing()) {
                PlacementMark mark = s.mark();
                if (mark.at() == null) continue;
                ImagePoint p = frame.pixel(mark.at());
                String code = s.placement().studentCode();
                boolean shown = naming.shown(code);
                Color colour = shown ? colourOf(code, participants) : OTHER;
                if (shown) seen.add(code); else others = true;
                float r = 6 * unit;
                if (mark.hasBox()) drawBox(g, frame, mark, colour, unit);
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(p.x() - r - unit, p.y() - r - unit, 2 * (r + unit), 2 * (r + unit)));
                g.setColor(colour);
                g.fill(new Ellipse2D.Double(p.x() - r, p.y() - r, 2 * r, 2 * r));
                if (s.placement().buried()) {
                    g.setStroke(new BasicStroke(1.5f * unit, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[] {3 * unit, 3 * unit}, 0));
                    g.draw(new Ellipse2D.Double(p.x() - 2 * r, p.y() - 2 * r, 4 * r, 4 * r));
                }
                if (s.placement().facingDegrees() != null) drawFacing(g, p, s.placement().facingDegrees(), r, colour, unit);
                if (shown) label(g, figureName.apply(s), p.x() + r + 3 * unit, p.y(), colour, unit);
            }
            for (Annotation a : still.annotations()) drawAnnotation(g, frame, a, unit);
            legend(g, seen, others, participants, unit, image.getHeight());
        } finally {
            g.dispose();
        }
    }

    static Color colourOf(String code, List<String> participants) {
        int i = participants.indexOf(code);
        return PALETTE[Math.floorMod(i < 0 ? code.hashCode() : i, PALETTE.length)];
    }

    private static void drawBox(Graphics2D g, StillFrame frame, PlacementMark mark, Color colour, float unit) {
        TrayPoint c = mark.at();
        double hw = mark.boxWidth() / 2;
        double hh = mark.boxHeight() / 2;
        Path2D path = new Path2D.Double();
        double[][] corners = {{c.x() - hw, c.y() - hh}, {c.x() + hw, c.y() - hh}, {c.x() + hw, c.y() + hh}, {c.x() - hw, c.y() + hh}};
        for (int i = 0; i < 4; i++) {
            ImagePoint p = frame.pixel(new TrayPoint(clamp(corners[i][0]), clamp(corners[i][1])));
            if (i == 0) path.moveTo(p.x(), p.y()); else path.lineTo(p.x(), p.y());
        }
        path.closePath();
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.5f * unit));
        g.draw(path);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static void drawFacing(Graphics2D g, ImagePoint p, double degrees, float r, Color colour, float unit) {
        double rad = Math.toRadians(degrees);
        double dx = Math.sin(rad);
        double dy = -Math.cos(rad);
        double len = 3.2 * r;
        double tx = p.x() + dx * len;
        double ty = p.y() + dy * len;
        g.setColor(colour);
        g.setStroke(new BasicStroke(2f * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(p.x() + dx * r, p.y() + dy * r, tx, ty));
        Path2D head = new Path2D.Double();
        head.moveTo(tx, ty);
        head.lineTo(tx - dx * 2.2 * unit * 3 + dy * 2.2 * unit * 2, ty - dy * 2.2 * unit * 3 - dx * 2.2 * unit * 2);
        head.lineTo(tx - dx * 2.2 * unit * 3 - dy * 2.2 * unit * 2, ty - dy * 2.2 * unit * 3 + dx * 2.2 * unit * 2);
        head.closePath();
        g.fill(head);
    }

    private static void label(Graphics2D g, String text, double x, double y, Color colour, float unit) {
        if (text == null || text.isBlank()) return;
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text) + 6 * unit;
        double h = fm.getAscent() + fm.getDescent() + 2 * unit;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(x, y - h / 2, w, h, 4 * unit, 4 * unit));
        g.setColor(colour);
        g.setStroke(new BasicStroke(unit));
        g.draw(new RoundRectangle2D.Double(x, y - h / 2, w, h, 4 * unit, 4 * unit));
        g.setColor(Color.BLACK);
        g.drawString(text, (float) (x + 3 * unit), (float) (y - h / 2 + unit + fm.getAscent()));
    }

    private void drawAnnotation(Graphics2D g, StillFrame frame, Annotation a, float unit) {
        g.setColor(ANNOTATION);
        g.setStroke(new BasicStroke(2f * unit));
        ImagePoint p1 = frame.pixel(new TrayPoint(clamp(a.x1()), clamp(a.y1())));
        ImagePoint p2 = a.x2() == null ? null : frame.pixel(new TrayPoint(clamp(a.x2()), clamp(a.y2())));
        switch (a.shape()) {
            case POINT -> g.fill(new Ellipse2D.Double(p1.x() - 4 * unit, p1.y() - 4 * unit, 8 * unit, 8 * unit));
            case BOX -> g.draw(new Rectangle2D.Double(Math.min(p1.x(), p2.x()), Math.min(p1.y(), p2.y()),
                    Math.abs(p2.x() - p1.x()), Math.abs(p2.y() - p1.y())));
            case ELLIPSE -> g.draw(new Ellipse2D.Double(Math.min(p1.x(), p2.x()), Math.min(p1.y(), p2.y()),
                    Math.abs(p2.x() - p1.x()), Math.abs(p2.y() - p1.y())));
            case ARROW -> {
                g.draw(new Line2D.Double(p1.x(), p1.y(), p2.x(), p2.y()));
                double angle = Math.atan2(p2.y() - p1.y(), p2.x() - p1.x());
                double head = 10 * unit;
                g.draw(new Line2D.Double(p2.x(), p2.y(), p2.x() - head * Math.cos(angle - 0.4), p2.y() - head * Math.sin(angle - 0.4)));
                g.draw(new Line2D.Double(p2.x(), p2.y(), p2.x() - head * Math.cos(angle + 0.4), p2.y() - head * Math.sin(angle + 0.4)));
            }
            case TEXT -> { }
        }
        String text = naming.scrub(a.text());
        if (!text.isBlank()) label(g, text, p1.x() + 4 * unit, p1.y(), ANNOTATION, unit);
    }

    private void legend(Graphics2D g, Set<String> seen, boolean others, List<String> participants, float unit, int height) {
        List<String> lines = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (String code : seen) {
            lines.add(naming.label(code));
            colours.add(colourOf(code, participants));
        }
        if (others) {
            lines.add(words.get("student.others"));
            colours.add(OTHER);
        }
        if (lines.isEmpty()) return;
        FontMetrics fm = g.getFontMetrics();
        double lineH = fm.getAscent() + fm.getDescent() + 2 * unit;
        double width = 0;
        for (String l : lines) width = Math.max(width, fm.stringWidth(l));
        width += 26 * unit;
        double boxH = lines.size() * lineH + 8 * unit;
        double x = 8 * unit;
        double y = height - boxH - 8 * unit;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x, y, width, boxH, 6 * unit, 6 * unit));
        for (int i = 0; i < lines.size(); i++) {
            double ly = y + 4 * unit + i * lineH;
            g.setColor(colours.get(i));
            g.fill(new Ellipse2D.Double(x + 6 * unit, ly + lineH / 2 - 5 * unit, 10 * unit, 10 * unit));
            g.setColor(Color.BLACK);
            g.drawString(lines.get(i), (float) (x + 20 * unit), (float) (ly + unit + fm.getAscent()));
        }
    }
}
