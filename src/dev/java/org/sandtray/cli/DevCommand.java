package org.sandtray.cli;

import org.sandtray.bench.LibraryBench;
import org.sandtray.bench.LibraryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dev generate|bench-library|bench-capture|bench-review|bench-export|soak}: tools for developers, not for counselors. Lives in the
 * dev source set (src/dev/java), never in the product jar; {@code org.sandtray.dev.DevLauncher} adds it.
 */
@Command(name = "dev", hidden = true, description = "Developer tools: generate a large library, run benchmarks, soak.",
        subcommands = {DevCommand.Generate.class, DevCommand.BenchLibrary.class, DevCommand.BenchCapture.class, DevCommand.Soak.class,
                DevCommand.BenchReview.class, DevCommand.BenchExport.class})
public final class DevCommand {

    @Command(name = "generate", description = "Generate a large library (default: 50 students, 200 sessions, 10,000 stills, 60,000 placements).")
    static final class Generate implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--into", required = true, paramLabel = "DIR") Path into;
        @Option(names = "--students", defaultValue = "50") int students;
        @Option(names = "--sessions", defaultValue = "200") int sessions;
        @Option(names = "--stills-per-session", defaultValue = "50") int stills;
        @Option(names = "--placements-per-session", defaultValue = "300") int placements;
        @Option(names = "--seed", defaultValue = "42") long seed;

        @Override
        public Integer call() {
            var made = new LibraryGenerator(seed).generate(into, new LibraryGenerator.Size(students, sessions, stills, placements));
            new Output(spec.commandLine().getOut()).json(made);
            return 0;
        }
    }

    @Command(name = "bench-library", description = "Benchmark still import, open, timeline and check; prints medians and ratios.")
    static final class BenchLibrary implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--work", defaultValue = "target/bench-library", paramLabel = "DIR") Path work;
        @Option(names = "--keep", description = "Keep the generated library for the next run.") boolean keep;
        @Option(names = "--sessions", defaultValue = "200") int sessions;

        @Override
        public Integer call() throws Exception {
            new LibraryBench(spec.commandLine().getOut()).run(work, new LibraryGenerator.Size(50, sessions, 50, 300), keep);
            return 0;
        }
    }

    @Command(name = "bench-capture", description = "Benchmark frame-to-still, live conversion, settle detector, preview rate, memory.")
    static final class BenchCapture implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--work", defaultValue = "target/bench-capture", paramLabel = "DIR") Path work;

        @Override
        public Integer call() throws Exception {
            new org.sandtray.bench.CaptureBench(spec.commandLine().getOut()).run(work);
            return 0;
        }
    }

    @Command(name = "soak", description = "100,000 demo frames through the live feed with the preview conversion, a still every 200th; "
            + "resident memory and threads every 10,000 frames; exit 1 if memory grows over 50 MB or threads grow after warm-up.")
    static final class Soak implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--work", defaultValue = "target/soak", paramLabel = "DIR") Path work;
        @Option(names = "--frames", defaultValue = "100000") long frames;
        @Option(names = "--still-every", defaultValue = "200") int stillEvery;

        @Override
        public Integer call() throws Exception {
            var result = new org.sandtray.bench.Soak(spec.commandLine().getOut()).run(work, frames, stillEvery);
            return result.memoryFlat() && result.threadsFlat() ? 0 : 1;
        }
    }

    @Command(name = "bench-review", description = "Benchmark a student's year, replay steps and replay --session; prints medians and ratios.")
    static final class BenchReview implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--work", defaultValue = "target/bench-review", paramLabel = "DIR",
                description = "Where the generated library is made (or found, as DIR/generated, from an earlier --keep).")
        Path work;
        @Option(names = "--keep", description = "Keep the generated library for the next run.") boolean keep;

        @Override
        public Integer call() throws Exception {
            // one command line, parsed afresh each run (picocli resets the options), as a long-lived process would
            picocli.CommandLine cl = SandtrayCommand.commandLine((library, language, source) -> 0);
            cl.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
            cl.setErr(spec.commandLine().getErr());
            new org.sandtray.bench.ReviewBench(spec.commandLine().getOut(), cl::execute).run(work, keep);
            return 0;
        }
    }

    @Command(name = "bench-export", description = "Benchmark export: a 12-still session with PDF, a student's year, face detection; medians and ratios.")
    static final class BenchExport implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--work", defaultValue = "target/bench-export", paramLabel = "DIR") Path work;
        @Option(names = "--runs", defaultValue = "3") int runs;

        @Override
        public Integer call() throws Exception {
            new org.sandtray.bench.ExportBench(spec.commandLine().getOut()).run(work, runs);
            return 0;
        }
    }
}
