package org.sandtray.ui.tagging;

import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Finds figures as the counselor types: by Chinese or English name, or by category name;
 * figures used recently come first. Plain logic, tested without a screen.
 */
public final class FigureSearch {
    private static final int RECENT = 12;
    private final List<Figure> catalogue;
    private final Deque<Long> recent = new ArrayDeque<>();

    public FigureSearch(List<Figure> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    /** Remembers a figure as just used. */
    public void used(Figure figure) {
        recent.remove(figure.id());
        recent.addFirst(figure.id());
        while (recent.size() > RECENT) recent.removeLast();
    }

    public List<Figure> find(String query, Category only) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Figure> matches = new ArrayList<>();
        for (Figure f : catalogue) {
            if (only != null && f.category() != only) continue;
            if (q.isEmpty() || matches(f, q)) matches.add(f);
        }
        matches.sort((a, b) -> Integer.compare(rank(a, q), rank(b, q)));
        return matches;
    }

    private static boolean matches(Figure f, String q) {
        return contains(f.nameZh(), q) || contains(f.nameEn(), q) || contains(f.subtype(), q)
                || f.category().nameZh().contains(q) || f.category().code().startsWith(q);
    }

    private static boolean contains(String name, String q) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(q);
    }

    /** Recently used first (most recent first), then names that start with the query, then the rest. */
    private int rank(Figure f, String q) {
        int i = 0;
        for (long id : recent) {
            if (id == f.id()) return i;
            i++;
        }
        boolean starts = !q.isEmpty() && ((f.nameZh() != null && f.nameZh().startsWith(q))
                || (f.nameEn() != null && f.nameEn().toLowerCase(Locale.ROOT).startsWith(q)));
        return starts ? 100 : 200;
    }
}
