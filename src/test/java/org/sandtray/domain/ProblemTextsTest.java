package org.sandtray.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every failure the program can report is said in Chinese and in English: each message key the
 * code names is in both bundles, and both bundles hold the same keys.
 */
class ProblemTextsTest {
    /** new LibraryException("key", ...), Problem.of("key", ...), ternaries of keys, and so on. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Exception|CommandFailed|InvalidValue|BadSourceSpec|Problem\\.of)\\((?:e, |cause, |[a-z]+, )?\"([a-z][a-zA-Z]*\\.[a-zA-Z.]+)\""
                    + "|\\? \"([a-z][a-zA-Z]*\\.[a-zA-Z.]+)\" : \"([a-z][a-zA-Z]*\\.[a-zA-Z.]+)\"");

    @Test
    void bothLanguagesHoldTheSameProblemKeys() throws IOException {
        assertEquals(keys("/org/sandtray/domain/problems_en.properties"), keys("/org/sandtray/domain/problems_zh_CN.properties"));
        assertEquals(keys("/org/sandtray/cli/messages_en.properties"), keys("/org/sandtray/cli/messages_zh_CN.properties"));
        assertEquals(keys("/org/sandtray/ui/messages_en.properties"), keys("/org/sandtray/ui/messages_zh_CN.properties"));
    }

    @Test
    void everyKeyTheCodeNamesHasWords() throws IOException {
        Set<String> known = keys("/org/sandtray/domain/problems_en.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) if (m.group(g) != null) used.add(m.group(g));
                }
            }
        }
        assertTrue(used.size() > 100, "the scan finds the keys: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        // ui and cli keys of their own bundles appear in ternaries too
        missing.removeAll(keys("/org/sandtray/ui/messages_en.properties"));
        missing.removeAll(keys("/org/sandtray/cli/messages_en.properties"));
        assertEquals(Set.of(), missing, "keys named in the code but missing from problems_en.properties");
    }

    /** MessageFormat drops a lone apostrophe ("a figure's" comes out "a figures"): the bundles double it. */
    @Test
    void apostrophesSurviveTheFormatting() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String resource : List.of("/org/sandtray/domain/problems_en.properties", "/org/sandtray/cli/messages_en.properties",
                "/org/sandtray/ui/messages_en.properties")) {
            Properties p = load(resource);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                // the window formats a text only when it has values; the others always
                boolean formatted = !resource.contains("/ui/") || value.contains("{0}");
                assertFalse(formatted && lone.matcher(value).find(), resource + " " + key + " has a lone apostrophe: " + value);
            }
        }
    }

    @Test
    void aProblemIsSaidInTheUsersLanguageWithItsValues() {
        Problem p = Problem.of("turn.notYourTurn", "S02", 1, 2, "S01");
        assertEquals("it is S02's turn (round 1, turn 2), not S01's", p.render(Locale.ENGLISH));
        assertEquals("现在轮到 S02（第 1 轮第 2 位），不是 S01", p.render(Locale.SIMPLIFIED_CHINESE));
        // ids are not grouped into thousands, and a nested problem is said in the same language
        Problem nested = Problem.of("library.notStored", Problem.of("io.diskFull", "12 MB", Path.of("/lib")));
        assertEquals("未保存任何内容：磁盘已满（/lib 处剩余 12 MB）", nested.render(Locale.SIMPLIFIED_CHINESE));
        assertEquals("no session with id 12345 in the library", Problem.of("session.notFound", 12345L).english());
        assertFalse(Problem.of("session.notFound", 7L).render(Locale.SIMPLIFIED_CHINESE).contains("session"));
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemTextsTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
