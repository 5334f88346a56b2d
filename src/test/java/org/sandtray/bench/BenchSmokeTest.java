package org.sandtray.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library bench (src/dev/java) still runs against the library as it is today, on a tiny
 * generated library: the benches are not part of the product, so nothing else would notice when a
 * rule of the library (consent, "only init creates") stops them. Nothing here is timed.
 */
class BenchSmokeTest {
    @TempDir
    Path work;

    @Test
    void theLibraryBenchRunsToItsLastFigureOnASmallLibrary() throws Exception {
        StringWriter text = new StringWriter();
        new LibraryBench(new PrintWriter(text, true)).run(work, new LibraryGenerator.Size(50, 1, 4, 8), false);
        String out = text.toString();
        assertTrue(out.contains("still import") && out.contains("open library") && out.contains("check with rehashing"), out);
        assertTrue(out.lines().filter(l -> l.contains("median")).count() >= 6, out);
    }
}
