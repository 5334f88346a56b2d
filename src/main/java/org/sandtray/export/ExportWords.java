package org.sandtray.export;

import org.sandtray.domain.Languages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words written into exported files (PDF headings, column names, "another student"), in the
 * export's language. They live in {@code org/sandtray/export/words_*.properties}, same keys in both.
 */
public final class ExportWords {
    private final Locale locale;
    private final ResourceBundle bundle;

    public ExportWords(Locale language) {
        this.locale = Languages.supported(language);
        this.bundle = ResourceBundle.getBundle("org.sandtray.export.words", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() { return locale; }

    public boolean chinese() { return "zh".equals(locale.getLanguage()); }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) return pattern;
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) values[i] = args[i] instanceof Number n && !(n instanceof Double) ? n.toString() : args[i];
        return new MessageFormat(pattern, locale).format(values);
    }
}
