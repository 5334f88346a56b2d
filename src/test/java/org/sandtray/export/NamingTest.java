package org.sandtray.export;

import org.junit.jupiter.api.Test;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names out of free text, as counselors write them. */
class NamingTest {
    static Student s(String code, String name) {
        return new Student(0, code, name, "5", "1", Consent.none(ConsentKind.PARTICIPATION), Consent.none(ConsentKind.PHOTO));
    }

    static final List<Student> ROSTER = List.of(s("S01", "王小明"), s("S02", "李华"), s("S03", "Zhang San"), s("S04", "欧阳娜娜"));

    @Test
    void aSessionExportReplacesNamesAndGivenNamesByCodes() {
        Naming n = new Naming(ROSTER, Set.of("S01", "S02", "S03"), false, new ExportWords(Locale.SIMPLIFIED_CHINESE));
        assertEquals("S01和S02一起玩，S01说话了", n.scrub("王小明和李华一起玩，小明说话了"));
        assertEquals("S03 watched; S03 left. Zhangjiajie stays", n.scrub("Zhang San watched; zhang left. Zhangjiajie stays"));
        assertEquals("同学来了，同学也来了", n.scrub("欧阳娜娜来了，娜娜也来了"), "not in the export: another student");
        assertEquals("S01", n.label("S01"));
    }

    @Test
    void aStudentsExportHidesEveryOtherPupilIncludingTheirCodes() {
        Naming n = new Naming(ROSTER, Set.of("S01"), false, new ExportWords(Locale.ENGLISH));
        assertEquals("S01 and another student: another student passed", n.scrub("小明 and 李华: S02 passed"));
        assertEquals("another student", n.label("S03"));
    }

    @Test
    void anIdentifiableExportKeepsTheStudentsNameAndStillHidesOthers() {
        Naming n = new Naming(ROSTER, Set.of("S01"), true, new ExportWords(Locale.SIMPLIFIED_CHINESE));
        assertEquals("王小明和同学", n.scrub("王小明和李华"));
        assertEquals("王小明", n.label("S01"));
    }

    @Test
    void bothLanguagesHoldTheSameExportWords() throws IOException {
        assertEquals(keys("/org/sandtray/export/words_en.properties"), keys("/org/sandtray/export/words_zh_CN.properties"));
    }

    static Set<Object> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NamingTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
