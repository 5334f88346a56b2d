package org.sandtray.cli;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Languages;
import org.sandtray.domain.Problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's words (messages on stderr and errors) in the user's language: Chinese when
 * asked with --lang zh or when the system speaks Chinese, else English. Results on stdout (JSON,
 * tables, CSV) keep their codes and are not translated.
 */
final class CliText {
    private final Locale locale;
    private final ResourceBundle bundle;

    CliText(Locale locale) {
        this.locale = Languages.supported(locale);
        this.bundle = ResourceBundle.getBundle("org.sandtray.cli.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliText of(String language) {
        return new CliText(Languages.choose(language));
    }

    Locale locale() { return locale; }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) values[i] = arg(args[i]);
        return new MessageFormat(pattern, locale).format(values);
    }

    private Object arg(Object a) {
        if (a instanceof Problem p) return p.render(locale);
        if (a instanceof Explained e) return e.problem().render(locale);
        if (a instanceof Long || a instanceof Integer) return a.toString();
        if (a instanceof java.nio.file.Path p) return p.toString();
        return a == null ? "" : a;
    }

    String problem(Problem p) {
        return p.render(locale);
    }
}
