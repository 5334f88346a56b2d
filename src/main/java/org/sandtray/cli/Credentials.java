package org.sandtray.cli;

import org.sandtray.library.LibraryException;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the command line finds an encrypted library's secrets, in this order: the root options
 * {@code --recovery-key-file} and {@code --passphrase-file} (the file's first line), the
 * environment variable {@value #ENVIRONMENT}, else the console, asked without echo when there is
 * one. Without any, the command stops with a message that says how to give it.
 */
final class Credentials {
    static final String ENVIRONMENT = "SANDTRAY_PASSPHRASE";

    private final SandtrayCommand root;

    Credentials(SandtrayCommand root) {
        this.root = root;
    }

    /** The secret that opens the library. */
    Secret forOpening() {
        if (root.recoveryKeyFile != null) {
            String line = firstLine(root.recoveryKeyFile);
            return Secret.recoveryKey(RecoveryKey.parse(line).orElseThrow(() -> new LibraryException("library.recoveryKeyMalformed")));
        }
        Passphrase given = given();
        if (given != null) return Secret.passphrase(given);
        Console console = System.console();
        if (console == null) throw new CommandFailed("cli.needsPassphrase", ENVIRONMENT);
        char[] typed = console.readPassword("%s", root.text().get("prompt.passphrase"));
        if (typed == null || typed.length == 0) throw new CommandFailed("cli.needsPassphrase", ENVIRONMENT);
        return Secret.passphrase(new Passphrase(typed));
    }

    /** The secret given by a file or the environment, without asking on the console; null when none was given. */
    Secret givenForOpening() {
        if (root.recoveryKeyFile != null) return forOpening();
        Passphrase given = given();
        return given == null ? null : Secret.passphrase(given);
    }

    /**
     * A new passphrase: from the file given (for {@code passphrase change}: --new-passphrase-file),
     * else --passphrase-file, the environment, or typed twice on the console.
     */
    Passphrase forNewKeys(Path file, boolean allowRootSources) {
        if (file != null) return new Passphrase(firstLine(file).toCharArray());
        if (allowRootSources) {
            Passphrase given = given();
            if (given != null) return given;
        }
        Console console = System.console();
        if (console == null) throw new CommandFailed("cli.needsNewPassphrase", ENVIRONMENT);
        char[] first = console.readPassword("%s", root.text().get("prompt.newPassphrase", Passphrase.MIN_LENGTH));
        char[] second = console.readPassword("%s", root.text().get("prompt.repeatPassphrase"));
        try (Passphrase a = new Passphrase(first == null ? new char[0] : first);
             Passphrase b = new Passphrase(second == null ? new char[0] : second)) {
            if (!a.sameAs(b)) throw new LibraryException("passphrase.mismatch");
            return new Passphrase(a.chars());
        }
    }

    /** Argon2id's cost for new keys: the default, or what --kdf-memory and --kdf-passes ask (never below OWASP's minimum). */
    static KdfParameters kdf(Integer memoryMiB, Integer passes) {
        if (memoryMiB == null && passes == null) return KdfParameters.DEFAULT;
        KdfParameters d = KdfParameters.DEFAULT;
        KdfParameters asked = new KdfParameters(memoryMiB == null ? d.memoryKiB() : memoryMiB * 1024,
                passes == null ? d.iterations() : passes, memoryMiB != null && memoryMiB < 64 ? 1 : d.parallelism());
        if (!asked.atLeastOwaspMinimum()) throw new LibraryException("passphrase.weakKdf");
        return asked;
    }

    private Passphrase given() {
        if (root.passphraseFile != null) return new Passphrase(firstLine(root.passphraseFile).toCharArray());
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isEmpty()) return Passphrase.of(env);
        return null;
    }

    /** The first line of a file (UTF-8; a byte-order mark and the line's end are not part of it). */
    static String firstLine(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (NoSuchFileException e) {
            throw new LibraryException(e, "io.noSuchFile", file);
        } catch (IOException e) {
            throw new LibraryException(org.sandtray.library.IoProblems.of(e, file, file.toAbsolutePath().getParent()), e);
        }
    }
}
