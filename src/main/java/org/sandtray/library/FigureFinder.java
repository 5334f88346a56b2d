package org.sandtray.library;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds figures as a counselor types: by Chinese or English name, sub-type or category, and by the
 * pinyin of the Chinese name, whole or by initials ({@code laohu}, {@code lh} find 老虎). Pinyin
 * comes from houbb/pinyin's phrase dictionary, so a word reads as it is said (长颈鹿 is
 * changjinglu, not zhangjinglu); decisions/0022. The dictionary takes about two seconds to load the
 * first time in a process: build a finder off the UI thread.
 *
 * Order: figures used recently first (most recent first), then a whole-name match, then names,
 * pinyin or initials that start with the query, then the rest; ties by category and name.
 */
public final class FigureFinder {
    /** The keys a figure is found by, lower case, without spaces. */
    public record Keys(String zh, String en, String subtype, String pinyin, String initials) {}

    private final List<Figure> catalogue;
    private final Map<Long, Keys> keys = new HashMap<>();

    public FigureFinder(List<Figure> catalogue) {
        this(catalogue, true);
    }

    /** @param withPinyin false: Chinese and English only, at once (while the pinyin is prepared elsewhere) */
    public FigureFinder(List<Figure> catalogue, boolean withPinyin) {
        this.catalogue = List.copyOf(catalogue);
        for (Figure f : this.catalogue) keys.put(f.id(), keysOf(f, withPinyin));
    }

    public List<Figure> catalogue() { return catalogue; }

    public Keys keys(Figure f) { return keys.get(f.id()); }

    /** The pinyin of Chinese text, lower case without tones or spaces ("老虎" gives "laohu"); other characters as they are. */
    public static String pinyin(String text) {
        if (text == null || text.isEmpty()) return "";
        return squash(PinyinHelper.toPinyin(text, PinyinStyleEnum.NORMAL));
    }

    /** The first letter of each syllable ("老虎" gives "lh"); a Latin word gives its first letter. */
    public static String initials(String text) {
        if (text == null || text.isEmpty()) return "";
        return squash(PinyinHelper.toPinyin(text, PinyinStyleEnum.FIRST_LETTER));
    }

    private static Keys keysOf(Figure f, boolean withPinyin) {
        String zh = lower(f.nameZh());
        return new Keys(zh, lower(f.nameEn()), lower(f.subtype()),
                withPinyin && hasHan(f.nameZh()) ? pinyin(f.nameZh()) : "",
                withPinyin && hasHan(f.nameZh()) ? initials(f.nameZh()) : "");
    }

    /**
     * The figures matching the query (all of them for an empty one), in the category if one is
     * given, best first.
     *
     * @param recent figure ids used recently, most recent first
     */
    public List<Figure> find(String query, Category only, List<Long> recent) {
        String q = squash(query);
        Map<Long, Integer> recency = new HashMap<>();
        for (int i = 0; i < recent.size(); i++) recency.putIfAbsent(recent.get(i), i);
        List<Figure> out = new ArrayList<>();
        Map<Long, Integer> rank = new HashMap<>();
        for (Figure f : catalogue) {
            if (only != null && f.category() != only) continue;
            int r = q.isEmpty() ? 3 : rank(f, keys.get(f.id()), q);
            if (r < 0) continue;
            Integer used = recency.get(f.id());
            rank.put(f.id(), used != null ? used - recent.size() : r);
            out.add(f);
        }
        out.sort(Comparator.<Figure>comparingInt(f -> rank.get(f.id())).thenComparing(Figure::category)
                .thenComparing(f -> f.displayName(true)));
        return out;
    }

    /** 0 the whole name, 1 a name or its pinyin starts with it, 2 contains it, -1 no match. */
    private static int rank(Figure f, Keys k, String q) {
        if (q.equals(k.zh()) || q.equals(k.en()) || q.equals(k.pinyin()) || q.equals(k.initials())) return 0;
        if (k.zh().startsWith(q) || k.en().startsWith(q) || k.pinyin().startsWith(q) || k.initials().startsWith(q)) return 1;
        if (k.zh().contains(q) || k.en().contains(q) || k.subtype().contains(q)) return 2;
        if (q.length() >= 2 && (k.pinyin().contains(q) || k.initials().contains(q))) return 2;
        if (f.category().nameZh().contains(q) || f.category().code().startsWith(q)
                || f.category().nameEn().toLowerCase(Locale.ROOT).startsWith(q)) {
            return 2;
        }
        return -1;
    }

    private static String lower(String s) {
        return s == null ? "" : squash(s);
    }

    private static String squash(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean hasHan(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
