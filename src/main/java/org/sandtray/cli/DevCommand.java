package org.sandtray.cli;

import org.sandtray.bench.LibraryBench;
import org.sandtray.bench.LibraryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dev generate|bench-library}: tools for developers, not for counselors. */
@Command(name = "dev", hidden = true, description = "Developer tools: generate a large library, run benchmarks.",
        subcommands = {DevCommand.Generate.class, DevCommand.BenchLibrary.class, DevCommand.BenchCapture.class,
                DevCommand.BenchExport.class})
final class DevCommand {

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
