package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.AuditEntry;
import org.sandtray.library.Library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Which folder the program uses, run as the real program in a second JVM; and what the audit log keeps. */
class LibraryLocationTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run program(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + tmp.resolve("home"), "-cp", System.getProperty("java.class.path"), "org.sandtray.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = TestLibraries.environment(new ProcessBuilder(cmd))
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("SANDTRAY_LIBRARY");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close(); // no input
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Run(code, out, Files.readString(tmp.resolve("err.txt")));
    }

    private static String libraryOf(Run r) throws Exception {
        return new ObjectMapper().readTree(r.out()).get("library").asText();
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheHomeFolder() throws Exception {
        Path fromEnv = tmp.resolve("env-library");
        Path fromOption = tmp.resolve("option-library");

        Run env = program(Map.of("SANDTRAY_LIBRARY", fromEnv.toString()), "init");
        assertEquals(0, env.code(), env.toString());
        assertEquals(fromEnv.toString(), libraryOf(env));
        assertTrue(Library.exists(fromEnv));

        Run option = program(Map.of("SANDTRAY_LIBRARY", fromEnv.toString()), "--library", fromOption.toString(), "init");
        assertEquals(0, option.code(), option.toString());
        assertEquals(fromOption.toString(), libraryOf(option));
        assertTrue(Library.exists(fromOption));

        Run home = program(Map.of(), "init");
        assertEquals(0, home.code(), home.toString());
        assertEquals(tmp.resolve("home").resolve("SandtrayLibrary").toString(), libraryOf(home));
        assertTrue(home.err().contains("library ready at"), home.err());
    }

    @Test
    void openingsImportsAndExportsAreLogged() throws Exception {
        Path lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        Cli.ok(lib, "figure", "export", tmp.resolve("f.csv").toString());
        try (Library library = TestLibraries.open(lib, "test")) {
            List<AuditEntry> log = library.audit().list();
            List<String> events = log.stream().map(AuditEntry::event).toList();
            assertTrue(events.contains("import"), events.toString());
            assertTrue(events.contains("export"), events.toString());
            assertEquals(3, events.stream().filter("open"::equals).count(), events.toString());
            assertFalse(log.stream().anyMatch(e -> e.detail() != null && e.detail().contains("王小明")),
                    "the audit log names files and counts, not students: " + log);
        }
    }

    @Test
    void withNoFolderNamedWindowsUsesDocumentsAndOtherSystemsTheHomeFolder() {
        assertEquals(Path.of("C:\\Users\\t", "Documents", "SandtrayLibrary"), LibraryLocation.defaultFolder("Windows 11", "C:\\Users\\t"));
        assertEquals(Path.of("/home/t/SandtrayLibrary"), LibraryLocation.defaultFolder("Linux", "/home/t"));
        assertEquals(Path.of("/Users/t/SandtrayLibrary"), LibraryLocation.defaultFolder("Mac OS X", "/Users/t"));
    }
}
