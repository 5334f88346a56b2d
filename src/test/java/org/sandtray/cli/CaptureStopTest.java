package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Ctrl+C (SIGTERM) during a real capture process: the still in flight is stored, the summary printed. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CaptureStopTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermWaitsForTheStillInFlightAndPrintsTheSummary() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n").toString());
        long session = Cli.ok(lib, "session", "start", "--student", "S01").id();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.sandtray.Launcher", "--lang", "en", "--library", lib.toString(),
                "capture", "--session", String.valueOf(session), "--source", "demo", "--every", "7s")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try {
                err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append(e);
            }
        });
        errReader.start();
        List<Long> ids = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (ids.size() < 3 && (line = out.readLine()) != null) ids.add(Long.parseLong(line.strip()));
        assertEquals(3, ids.size(), "the capture runs until stopped: " + err);
        p.toHandle().destroy(); // SIGTERM (as Ctrl+C): the JVM runs its shutdown hooks; Process.destroy would close our pipes
        while ((line = out.readLine()) != null) ids.add(Long.parseLong(line.strip()));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        errReader.join();

        Matcher summary = Pattern.compile("(\\d+) still\\(s\\) taken from demo").matcher(err);
        assertTrue(summary.find(), "the closing summary is printed: " + err);
        assertEquals(ids.size(), Integer.parseInt(summary.group(1)), "the summary counts every still acknowledged: " + ids);
        try (Library library = Library.open(lib, "test")) {
            assertTrue(library.recovered().nothing(), "nothing was left half-written: " + library.recovered());
            for (long id : ids) assertTrue(library.stills().byId(id).isPresent(), "still " + id);
            assertEquals(ids.size(), library.stills().list(session).size());
            assertTrue(library.check().run(true).ok());
        }
    }
}
