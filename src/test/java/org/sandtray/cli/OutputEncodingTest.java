package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real program in a second JVM whose locale is not UTF-8 (LANG=C here; a Chinese Windows PC
 * defaults to GBK): the JSON on stdout and the messages on stderr must still be UTF-8, or Chinese
 * names come out as question marks.
 */
class OutputEncodingTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run program(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sandtray.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = TestLibraries.environment(new ProcessBuilder(cmd))
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("SANDTRAY_LIBRARY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        p.getOutputStream().close(); // no input
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Run(code, out, Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void chineseNamesSurviveOnStdoutAndStderrWhateverTheLocale() throws Exception {
        Path lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("roster.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\nS02,,5,2,yes\n");
        assertEquals(0, program("--library", lib.toString(), "init").code());
        Run bad = program("--library", lib.toString(), "student", "import", roster.toString());
        assertEquals(1, bad.code(), bad.toString());
        Files.writeString(roster, "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n");
        Run ok = program("--library", lib.toString(), "student", "import", roster.toString());
        assertEquals(0, ok.code(), ok.toString());

        Run list = program("--library", lib.toString(), "student", "list", "--format", "json");
        assertEquals(0, list.code(), list.toString());
        JsonNode students = new ObjectMapper().readTree(list.out());
        assertEquals("王小明", students.get(0).get("name").asText(), list.out());

        // (arguments typed in Chinese are decoded by the JVM in the locale's charset before the program
        // sees them, so the message is provoked by a file's content instead)
        Path figures = Files.writeString(tmp.resolve("figures.csv"), "name_zh,name_en,category\n风筝,kite,other\n风筝,kite2,other\n");
        Run dup = program("--library", lib.toString(), "figure", "import", figures.toString());
        assertEquals(1, dup.code(), dup.toString());
        assertTrue(dup.err().contains("line 3: the name 风筝 is used twice (also on line 2)"), dup.err());
    }
}
