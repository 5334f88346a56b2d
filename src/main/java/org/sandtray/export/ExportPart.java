package org.sandtray.export;

import org.sandtray.library.LibraryException;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The parts an export can hold: still images, the PDF case pack, data files. */
public enum ExportPart {
    STILLS, PDF, DATA;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Parses "stills,pdf,data" (any subset, any order). */
    public static Set<ExportPart> parse(String list) {
        Set<ExportPart> out = EnumSet.noneOf(ExportPart.class);
        for (String item : list.split(",")) {
            String t = item.strip().toUpperCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            try {
                out.add(valueOf(t));
            } catch (IllegalArgumentException e) {
                throw new LibraryException("export.unknownPart", item.strip());
            }
        }
        if (out.isEmpty()) throw new LibraryException("export.noParts");
        return out;
    }
}
