package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.library.LyingImages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A folder of images played as a camera ({@code --source file:DIR}) with damaged images among
 * them: each is skipped with a warning in words, the others become stills, and nothing a native
 * decoder prints (libpng, libjpeg) reaches stderr. A real process, so native output is seen.
 */
class FolderSourceTest {
    @TempDir
    Path tmp;

    @Test
    void anUndecodableImageIsSkippedWithAWarningAndNoNativeNoise() throws Exception {
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n").toString());
        long session = Cli.ok(lib, "session", "start", "--student", "S01").id();
        Path frames = Files.createDirectories(tmp.resolve("frames"));
        Fixtures.copy(Fixtures.STUFF_JPG, frames, "1.jpg", java.time.Instant.now());
        LyingImages.png(frames, "2.png");          // header whole, picture data short: libpng would say "Not enough image data"
        LyingImages.jpeg(frames, "3.jpg");         // scan cut short, end marker kept: libjpeg would say "Corrupt JPEG data"
        Fixtures.truncatedCopy(Fixtures.SMARTIES_PNG, frames, "4.png");
        Fixtures.copy(Fixtures.SMARTIES_PNG, frames, "5.png", java.time.Instant.now());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.sandtray.Launcher", "--lang", "en", "--library", lib.toString(),
                "capture", "--session", String.valueOf(session), "--source", "file:" + frames, "--every", "1ms")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[][] err = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                err[0] = p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                err[0] = new byte[0];
            }
        });
        reader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        reader.join();
        String stderr = new String(err[0], StandardCharsets.UTF_8);

        assertEquals(0, p.exitValue(), stderr);
        assertEquals(2, out.strip().lines().count(), "the two whole images became stills: " + out + stderr);
        for (String skipped : new String[] {"2.png", "3.jpg", "4.png"}) {
            assertTrue(stderr.contains("warning: " + skipped + " is not a whole image, skipped"), stderr);
        }
        for (String noise : new String[] {"libpng", "Corrupt JPEG", "Premature end", "Exception", "WARN"}) {
            assertFalse(stderr.contains(noise), "no native or log noise (" + noise + "): " + stderr);
        }
        try (Library library = Library.open(lib, "test")) {
            assertEquals(2, library.stills().list(session).size());
        }
    }
}
