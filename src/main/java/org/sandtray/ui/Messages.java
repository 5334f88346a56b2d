package org.sandtray.ui;

import org.sandtray.domain.Explained;
import org.sandtray.domain.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's words, in Chinese or English, from the resource bundles {@code org/sandtray/ui/messages*.properties}. */
public final class Messages {
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.sandtray.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese when asked for or when the system speaks Chinese, else English. */
    public static Locale chooseLocale(String asked) {
        return Languages.choose(asked);
    }

    /**
     * What went wrong, in the window's language: a library or camera problem is said in its own
     * words; anything else is an unexpected fault, logged with its details and named plainly.
     */
    public String problem(Throwable error) {
        Throwable t = error;
        while (t != null && !(t instanceof Explained) && t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof Explained e) return e.problem().render(locale);
        log.error("unexpected fault", error);
        return get("error.unexpected");
    }

    public Locale locale() { return locale; }

    public boolean chinese() { return locale.getLanguage().equals("zh"); }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
