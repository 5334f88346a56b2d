package org.sandtray.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flowing A4 pages for the case pack: headings, wrapped paragraphs (Chinese breaks between any two
 * characters, Latin text at spaces), images, tables that continue on the next page, a heatmap,
 * and at the end a footer on every page with "confidential" and the page number. The font is the
 * shipped TrueType font, embedded as a subset (only the glyphs used).
 */
final class PdfLayout implements AutoCloseable {
    static final float MARGIN = 48;
    static final float FOOTER = 28;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfLayout(PDDocument doc) throws IOException {
        this.doc = doc;
        this.font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(Fonts.regular()), true);
    }

    float width() { return PDRectangle.A4.getWidth() - 2 * MARGIN; }

    float top() { return PDRectangle.A4.getHeight() - MARGIN; }

    float bottom() { return MARGIN + FOOTER; }

    float remaining() { return page == null ? 0 : y - bottom(); }

    void newPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top();
    }

    /** Starts a new page unless this much height is left. */
    void ensure(float height) throws IOException {
        if (page == null || remaining() < height) newPage();
    }

    void space(float height) {
        y -= height;
    }

    void heading(String text, float size) throws IOException {
        ensure(size * 3);
        y -= size * 0.4f;
        paragraph(text, size, Color.BLACK);
        y -= size * 0.3f;
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, size, Color.BLACK);
    }

    void paragraph(String text, float size, Color colour) throws IOException {
        float leading = size * 1.45f;
        for (String line : wrap(text, size, width())) {
            ensure(leading);
            write(line, MARGIN, y - size, size, colour);
            y -= leading;
        }
    }

    /** A label in grey and its text after it, wrapped; nothing when the text is empty. */
    void field(String label, String text, float size) throws IOException {
        if (text == null || text.isBlank()) return;
        paragraph(label, size - 1, new Color(90, 90, 90));
        paragraph(text, size);
        y -= size * 0.5f;
    }

    void write(String text, float x, float baseline, float size, Color colour) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(text));
        cs.endText();
    }

    float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** Characters the font cannot draw (emoji, rare ideographs) become a replacement mark instead of failing the export. */
    String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') { out.append(' '); return; }
            boolean ok = glyphs.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            if (ok) out.appendCodePoint(cp); else out.append('?');
        });
        return out.toString();
    }

    /** Lines of at most the width: breaks at spaces in Latin text, between any two characters in Chinese. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\r?\n", -1)) {
            String rest = para;
            if (rest.isEmpty()) { lines.add(""); continue; }
            while (!rest.isEmpty()) {
                int fit = 0;
                int lastSpace = -1;
                float used = 0;
                while (fit < rest.length()) {
                    int next = rest.offsetByCodePoints(fit, 1);
                    float w = charWidth(rest.codePointAt(fit)) * size;
                    if (used + w > width && fit > 0) break;
                    used += w;
                    if (rest.charAt(fit) == ' ') lastSpace = fit;
                    fit = next;
                }
                if (fit < rest.length() && lastSpace > 0 && !Character.isIdeographic(rest.codePointAt(fit))) fit = lastSpace + 1;
                lines.add(rest.substring(0, fit).stripTrailing());
                rest = rest.substring(fit).stripLeading();
            }
        }
        return lines;
    }

    private final Map<Integer, Float> widths = new HashMap<>();

    private float charWidth(int cp) throws IOException {
        Float w = widths.get(cp);
        if (w == null) {
            w = font.getStringWidth(printable(new String(Character.toChars(cp)))) / 1000;
            widths.put(cp, w);
        }
        return w;
    }

    /** A JPEG scaled to fit the width and the given height, centred; returns the drawn height. */
    float image(byte[] jpeg, float maxWidth, float maxHeight) throws IOException {
        PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpeg);
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        ensure(h + 4);
        cs.drawImage(image, MARGIN + (width() - w) / 2, y - h, w, h);
        y -= h + 6;
        return h;
    }

    /** Small images in rows of the given count, each with a caption under it. */
    void grid(List<byte[]> jpegs, List<String> captions, int columns, float size) throws IOException {
        float gap = 8;
        float cellW = (width() - gap * (columns - 1)) / columns;
        for (int start = 0; start < jpegs.size(); start += columns) {
            List<PDImageXObject> row = new ArrayList<>();
            float rowH = 0;
            for (int i = start; i < Math.min(jpegs.size(), start + columns); i++) {
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpegs.get(i));
                row.add(image);
                rowH = Math.max(rowH, cellW * image.getHeight() / image.getWidth());
            }
            ensure(rowH + size * 2);
            for (int i = 0; i < row.size(); i++) {
                PDImageXObject image = row.get(i);
                float h = cellW * image.getHeight() / image.getWidth();
                float x = MARGIN + i * (cellW + gap);
                cs.drawImage(image, x, y - h, cellW, h);
                write(captions.get(start + i), x, y - rowH - size - 1, size, new Color(70, 70, 70));
            }
            y -= rowH + size * 2 + 4;
        }
    }

    /** A table with a header row, repeated on each new page; cells wrap within their column. */
    void table(List<String> header, List<List<String>> rows, float[] fractions, float size) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) widths[i] = fractions[i] * width();
        float leading = size * 1.35f;
        ensure(leading * 3);
        tableRow(header, widths, size, leading, true);
        for (List<String> row : rows) {
            float h = rowHeight(row, widths, size, leading);
            if (remaining() < h) {
                newPage();
                tableRow(header, widths, size, leading, true);
            }
            tableRow(row, widths, size, leading, false);
        }
        y -= size;
    }

    private float rowHeight(List<String> row, float[] widths, float size, float leading) throws IOException {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) lines = Math.max(lines, wrap(cell(row, i), size, widths[i] - 4).size());
        return lines * leading + 4;
    }

    private void tableRow(List<String> row, float[] widths, float size, float leading, boolean header) throws IOException {
        float h = rowHeight(row, widths, size, leading);
        if (header) {
            cs.setNonStrokingColor(new Color(230, 230, 230));
            cs.addRect(MARGIN, y - h, width(), h);
            cs.fill();
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - size - 2;
            for (String line : wrap(cell(row, i), size, widths[i] - 4)) {
                write(line, x + 2, lineY, size, Color.BLACK);
                lineY -= leading;
            }
            x += widths[i];
        }
        cs.setStrokingColor(new Color(180, 180, 180));
        cs.setLineWidth(0.5f);
        cs.moveTo(MARGIN, y - h);
        cs.lineTo(MARGIN + width(), y - h);
        cs.stroke();
        y -= h;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    /** A 3x3 grid of cells shaded by count, each with its name and count. */
    void heatmap(String[] names, int[] counts, float cell, float size) throws IOException {
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        ensure(cell * 3 + 8);
        float left = MARGIN + (width() - 3 * cell) / 2;
        for (int i = 0; i < 9; i++) {
            float x = left + (i % 3) * cell;
            float top = y - (i / 3) * cell;
            float shade = (float) counts[i] / max;
            cs.setNonStrokingColor(new Color(1 - 0.75f * shade, 1 - 0.45f * shade, 1 - 0.15f * shade));
            cs.addRect(x, top - cell, cell, cell);
            cs.fill();
            cs.setStrokingColor(new Color(120, 120, 120));
            cs.setLineWidth(0.7f);
            cs.addRect(x, top - cell, cell, cell);
            cs.stroke();
            Color ink = shade > 0.6f ? Color.WHITE : Color.BLACK;
            write(names[i], x + 4, top - size - 3, size, ink);
            String n = String.valueOf(counts[i]);
            write(n, x + (cell - textWidth(n, size * 1.8f)) / 2, top - cell / 2 - size * 0.6f, size * 1.8f, ink);
        }
        y -= 3 * cell + 10;
    }

    /** The footer on every page: the confidentiality line and "page i of n". */
    void footers(String confidential, java.util.function.BiFunction<Integer, Integer, String> pageLabel) throws IOException {
        closeStream();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                float size = 8.5f;
                footer.beginText();
                footer.setFont(font, size);
                footer.setNonStrokingColor(new Color(110, 110, 110));
                footer.newLineAtOffset(MARGIN, MARGIN - 6);
                footer.showText(printable(confidential));
                footer.endText();
                String label = pageLabel.apply(i + 1, n);
                footer.beginText();
                footer.setFont(font, size);
                footer.newLineAtOffset(MARGIN + width() - textWidth(label, size), MARGIN - 6);
                footer.showText(printable(label));
                footer.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
