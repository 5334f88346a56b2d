package org.sandtray.domain;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What went wrong, as a message key and its values, so that the window and the command line can
 * say it in the user's language. The words live in {@code org/sandtray/domain/problems_*.properties}.
 * An argument that is itself a problem (or {@link Explained}) is rendered in the same language.
 */
public record Problem(String key, List<Object> args) {
    private static final String BUNDLE = "org.sandtray.domain.problems";

    public Problem {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a problem needs a key");
        args = args == null ? List.of() : args.stream().map(Problem::nonNull).toList();
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.stream(args).map(Problem::nonNull).toList());
    }

    private static Object nonNull(Object o) {
        return o == null ? "" : o;
    }

    /** The problem in the given language (Chinese for zh, else English). */
    public String render(Locale locale) {
        Locale l = Languages.supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a key the bundles lack is a programming error; still say what is known
            return key + (args.isEmpty() ? "" : " " + args);
        }
        Object[] values = args.stream().map(a -> renderArg(a, l)).toArray();
        return new MessageFormat(pattern, l).format(values);
    }

    /** The problem in English: for logs and exception messages. */
    public String english() {
        return render(Locale.ENGLISH);
    }

    private static Object renderArg(Object a, Locale locale) {
        if (a instanceof Problem p) return p.render(locale);
        if (a instanceof Explained e) return e.problem().render(locale);
        if (a instanceof Path p) return p.toString();
        if (a instanceof List<?> list) {
            return String.join("; ", list.stream().map(x -> String.valueOf(renderArg(x, locale))).toList());
        }
        // numbers other than counts keep MessageFormat's grouping; ids and years must not get separators
        if (a instanceof Long || a instanceof Integer) return a.toString();
        return a;
    }

    /** True when both bundles hold the key (used by tests that scan the code for keys). */
    public static boolean known(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.containsKey(key);
    }
}
