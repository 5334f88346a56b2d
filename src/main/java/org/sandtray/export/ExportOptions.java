package org.sandtray.export;

import org.sandtray.vision.BlurRegion;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to export.
 *
 * @param parts        stills, PDF, data (at least one)
 * @param identifiable names instead of codes, faces not blurred; refused without photo consent
 * @param wholeFrame   keep the full camera frame instead of the tray rectified top-down
 * @param language     language of figure names, headings and labels (Chinese or English)
 * @param caseQuestion the line for the case question on the PDF's cover (may be empty)
 * @param blurs        blur regions the counselor checked in the window, by still id: they replace
 *                     what the detectors would find on that still; stills not in the map are detected
 */
public record ExportOptions(Set<ExportPart> parts, boolean identifiable, boolean wholeFrame, Locale language,
                            String caseQuestion, Map<Long, List<BlurRegion>> blurs) {

    public ExportOptions {
        parts = parts == null || parts.isEmpty() ? EnumSet.allOf(ExportPart.class) : EnumSet.copyOf(parts);
        language = language == null ? Locale.SIMPLIFIED_CHINESE : language;
        caseQuestion = caseQuestion == null ? "" : caseQuestion;
        blurs = blurs == null ? Map.of() : Map.copyOf(blurs);
    }

    /** De-identified, tray only, everything, in the given language. */
    public static ExportOptions defaults(Locale language) {
        return new ExportOptions(EnumSet.allOf(ExportPart.class), false, false, language, "", Map.of());
    }

    public boolean has(ExportPart part) { return parts.contains(part); }

    public boolean chinese() { return "zh".equals(language.getLanguage()); }

    public ExportOptions withBlurs(Map<Long, List<BlurRegion>> checked) {
        return new ExportOptions(parts, identifiable, wholeFrame, language, caseQuestion, checked);
    }
}
