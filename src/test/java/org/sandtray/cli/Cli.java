package org.sandtray.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sandtray.library.TestLibraries;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the real command line in-process on a library folder and captures stdout, stderr and the exit code. */
public final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one command did. */
    public record Result(int code, String out, String err) {
        public JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        /** The single id a command printed on stdout. */
        public long id() {
            return Long.parseLong(out.strip());
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {}

    public static Result run(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        // in the encrypted run every library is encrypted: init makes it so, every command gets the passphrase
        all.addAll(TestLibraries.cliOptions());
        all.addAll(Arrays.asList(args));
        if (TestLibraries.encrypted() && args.length > 0 && args[0].equals("init") && !all.contains("--encrypt")) {
            all.addAll(List.of("--encrypt", "--kdf-memory", "19", "--kdf-passes", "2"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SandtrayCommand.commandLine((p, l, s) -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs the command line with exactly these arguments (no library, passphrase or encryption added). */
    public static Result raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SandtrayCommand.commandLine((p, l, s) -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, failing the test with its output otherwise. */
    public static Result ok(Path library, String... args) {
        Result r = run(library, args);
        if (r.code() != 0) throw new AssertionError("command " + String.join(" ", args) + " failed: " + r);
        return r;
    }
}
