package org.sandtray.ui.tagging;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Category;
import org.sandtray.domain.Figure;
import org.sandtray.library.Library;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureSearchTest {
    @Test
    void findsByChineseOrEnglishNameAndPutsRecentlyUsedFirst(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            FigureSearch search = new FigureSearch(library.figures().list());
            assertEquals("老虎", search.find("老虎", null).get(0).nameZh());
            assertEquals("tiger", search.find("TIG", null).get(0).nameEn());
            List<Figure> animals = search.find("", Category.ANIMALS);
            assertTrue(animals.size() > 10);
            assertTrue(animals.stream().allMatch(f -> f.category() == Category.ANIMALS));
            Figure dragon = search.find("dragon", null).get(0);
            search.used(dragon);
            assertEquals(dragon, search.find("", null).get(0), "the figure just used comes first");
            assertFalse(search.find("no such figure", null).iterator().hasNext());
        }
    }

    @Test
    void findsByPinyinOnceTheIndexIsMadeAndRemembersFiguresUsedInEarlierSessions(@TempDir Path dir) {
        try (Library library = org.sandtray.library.TestLibraries.create(dir, "test")) {
            FigureSearch search = new FigureSearch(library.figures().list(), List.of(library.figures().require("房子").id()), false);
            assertFalse(search.pinyinReady().get());
            assertTrue(search.find("lh", null).stream().noneMatch(f -> "老虎".equals(f.nameZh())), "no pinyin before the index is made");
            search.withPinyin();
            assertEquals("老虎", search.find("lh", null).get(0).nameZh());
            assertEquals("老虎", search.find("laohu", null).get(0).nameZh());
            assertEquals("房子", search.find("", null).get(0).nameZh(), "used in an earlier session: first");
            assertTrue(search.recent(library.figures().require("房子")));
        }
    }
}
