package org.sandtray.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The font every exported text is written in: Noto Sans SC (SIL Open Font License 1.1, licence
 * beside it in the jar), TrueType outlines, so PDFBox can embed a subset of it and Java2D can draw
 * Chinese marker labels on a PC with no Chinese fonts installed.
 */
public final class Fonts {
    static final String REGULAR = "/org/sandtray/export/NotoSansSC-Regular.ttf";

    private static volatile byte[] bytes;
    private static volatile Font awt;

    private Fonts() {}

    /** The font file, read from the jar once. */
    public static byte[] regular() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (Fonts.class) {
                if (bytes == null) {
                    try (InputStream in = Fonts.class.getResourceAsStream(REGULAR)) {
                        if (in == null) throw new IllegalStateException("the program is missing its font " + REGULAR);
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read the font: " + e.getMessage(), e);
                    }
                }
                b = bytes;
            }
        }
        return b;
    }

    /** The font for Java2D, at the given size in pixels. */
    public static Font awt(float size) {
        Font f = awt;
        if (f == null) {
            synchronized (Fonts.class) {
                if (awt == null) {
                    try {
                        awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(regular()));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("cannot load the font: " + e.getMessage(), e);
                    }
                }
                f = awt;
            }
        }
        return f.deriveFont(size);
    }
}
