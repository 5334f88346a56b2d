package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A still whose file cannot be written: a second JVM runs {@code still import} under a file-size
 * limit (ulimit -f), so the operating system refuses the write part-way, as a full disk would
 * (EFBIG instead of ENOSPC). Nothing may be left behind: no row, no file, no temp file.
 */
@EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "runs /bin/sh with ulimit -f, which only Linux and macOS have")
class WriteFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aStillWhoseFileCannotBeWrittenLeavesNothingBehind() throws Exception {
        Path lib = tmp.resolve("library");
        long session;
        try (Library library = TestLibraries.create(lib, "test")) {
            library.students().add(new Students.Draft("S01", "王小明", "5", "2", Consent.none(ConsentKind.PARTICIPATION),
                    Fixtures.PHOTOS_ALLOWED));
            session = library.sessions().startIndividual("S01", null, Instant.now()).id();
        }
        // a real PNG of about 12 MB: noise does not compress
        BufferedImage noise = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 2000; y++) for (int x = 0; x < 2000; x++) noise.setRGB(x, y, random.nextInt(0x1000000));
        Path big = tmp.resolve("noise.png");
        javax.imageio.ImageIO.write(noise, "png", big.toFile());
        assertTrue(Files.size(big) > 10_000_000, "the test image must be larger than the limit: " + Files.size(big));
        long dbSize = Files.size(lib.resolve("library.db"));
        assertTrue(dbSize < 2_000_000, "the database must stay under the limit: " + dbSize);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // 8192 blocks: 4 MB where a block is 512 bytes (dash), 8 MB where it is 1 KB (bash); enough for the
        // SQLite driver's native library and the database, not for the still
        String script = "ulimit -f 8192; exec \"$0\" -cp \"$1\" org.sandtray.Launcher --library \"$2\" still import --session \"$3\" \"$4\"";
        Process p = TestLibraries.environment(new ProcessBuilder("/bin/sh", "-c", script, java, System.getProperty("java.class.path"), lib.toString(),
                String.valueOf(session), big.toString())).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();

        assertEquals(1, code, output);
        assertTrue(output.contains("noise.png") && output.contains("nothing was stored"), output);
        assertTrue(output.contains("cannot write the still file") || output.contains("the disk is full"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertEquals(List.of(), Fixtures.stillFiles(lib), "no still file and no temp file left");
        try (Library library = TestLibraries.open(lib, "test")) {
            assertEquals(0, Fixtures.count(library, "stills"));
            assertTrue(library.check().run(true).ok(), "the library is still sound");
        }
    }
}
