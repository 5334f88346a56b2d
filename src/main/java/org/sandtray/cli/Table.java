package org.sandtray.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal, counting Chinese characters as two columns wide. */
final class Table {
    private Table() {}

    static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < widths.length && i < row.size(); i++) widths[i] = Math.max(widths[i], width(row.get(i)));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            for (int i = 0; i < widths.length; i++) {
                String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
                sb.append(cell);
                if (i < widths.length - 1) sb.append(" ".repeat(widths[i] - width(cell) + 2));
            }
            sb.append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    sb.append("-".repeat(widths[i]));
                    if (i < widths.length - 1) sb.append("  ");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Display width: East Asian wide characters take two terminal columns. */
    static int width(String s) {
        if (s == null) return 0;
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
