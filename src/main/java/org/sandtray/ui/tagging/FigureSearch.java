package org.sandtray.ui.tagging;

import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.library.FigureFinder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds figures as the counselor types: by Chinese or English name, category, pinyin or its
 * initials ({@code lh} finds 老虎), with the figures used recently (in this and earlier sessions)
 * first. The pinyin index loads a dictionary (about two seconds the first time): it is made off the
 * UI thread with {@link #withPinyin()}, and until it is there the search works by name alone.
 * Plain logic, tested without a screen.
 */
public final class FigureSearch {
    static final int RECENT = 12;
    private final List<Figure> catalogue;
    private final Deque<Long> recent = new ArrayDeque<>();
    private volatile FigureFinder finder;
    private final javafx.beans.property.BooleanProperty pinyinReady = new javafx.beans.property.SimpleBooleanProperty();

    /** By name only, nothing used yet. */
    public FigureSearch(List<Figure> catalogue) {
        this(catalogue, List.of(), false);
    }

    /**
     * @param recentlyUsed figure ids placed most recently across sessions, most recent first
     * @param pinyin       build the pinyin index now (slow the first time: not on the UI thread)
     */
    public FigureSearch(List<Figure> catalogue, List<Long> recentlyUsed, boolean pinyin) {
        this.catalogue = List.copyOf(catalogue);
        recentlyUsed.stream().limit(RECENT).forEach(recent::addLast);
        this.finder = new FigureFinder(this.catalogue, pinyin);
        pinyinReady.set(pinyin);
    }

    /** True once figures are found by pinyin (set on the UI thread when {@link #withPinyin()} has finished). */
    public javafx.beans.property.BooleanProperty pinyinReady() { return pinyinReady; }

    /** Builds the pinyin index (call on a worker thread); searches find by pinyin from then on. */
    public FigureSearch withPinyin() {
        this.finder = new FigureFinder(catalogue, true);
        return this;
    }

    /** Remembers a figure as just used. */
    public synchronized void used(Figure figure) {
        recent.remove(figure.id());
        recent.addFirst(figure.id());
        while (recent.size() > RECENT) recent.removeLast();
    }

    /** Whether the figure is among those used recently (the chooser marks them). */
    public synchronized boolean recent(Figure figure) {
        return recent.contains(figure.id());
    }

    public List<Figure> find(String query, Category only) {
        List<Long> ids;
        synchronized (this) {
            ids = new ArrayList<>(recent);
        }
        return finder.find(query, only, ids);
    }
}
