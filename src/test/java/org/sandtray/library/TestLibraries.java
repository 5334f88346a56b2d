package org.sandtray.library;

import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How tests make and open libraries: plain, or encrypted when the suite runs with
 * {@code -Dsandtray.test.encrypted=true} (the pom's second surefire execution), so that every
 * test also runs through the encrypting field codec and still store. Encrypted test libraries use a
 * cheap key derivation (its parameters are stored with each library, as for any library); the
 * command line's own init uses OWASP's minimum there ({@link org.sandtray.cli.Cli}).
 */
public final class TestLibraries {
    public static final String PASSPHRASE = "测试口令 correct horse battery";
    /** Argon2id at 1 MiB and one pass: a test library opens in milliseconds. */
    public static final KdfParameters CHEAP = new KdfParameters(1024, 1, 1);

    private static Path passphraseFile;

    private TestLibraries() {}

    /** True when this run makes every library encrypted. */
    public static boolean encrypted() {
        return Boolean.getBoolean("sandtray.test.encrypted");
    }

    public static Secret secret() {
        return Secret.passphrase(PASSPHRASE);
    }

    public static Secret.NewKeys newKeys() {
        return new Secret.NewKeys(Passphrase.of(PASSPHRASE), RecoveryKey.generate(), CHEAP);
    }

    public static Library create(Path folder) {
        return create(folder, "test", true);
    }

    public static Library create(Path folder, String openedBy) {
        return create(folder, openedBy, true);
    }

    public static Library create(Path folder, String openedBy, boolean durable) {
        return Library.create(folder, openedBy, encrypted() ? newKeys() : null, durable);
    }

    public static Library open(Path folder) {
        return open(folder, "test");
    }

    public static Library open(Path folder, String openedBy) {
        return Library.open(folder, openedBy, secret());
    }

    public static Library open(Path folder, String openedBy, boolean durable) {
        return Library.open(folder, openedBy, secret(), durable);
    }

    public static Library openEvenIfDamaged(Path folder, String openedBy) {
        return Library.openEvenIfDamaged(folder, openedBy, secret());
    }

    /** A file holding the test passphrase on its first line (made once per run). */
    public static synchronized Path passphraseFile() {
        if (passphraseFile == null) {
            try {
                passphraseFile = Files.createTempFile("sandtray-test-passphrase", ".txt");
                Files.writeString(passphraseFile, PASSPHRASE + "\n", StandardCharsets.UTF_8);
                passphraseFile.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return passphraseFile;
    }

    /** A program started from a test gets the passphrase the way a script would: $SANDTRAY_PASSPHRASE. */
    public static ProcessBuilder environment(ProcessBuilder pb) {
        if (encrypted()) pb.environment().put("SANDTRAY_PASSPHRASE", PASSPHRASE);
        return pb;
    }

    /** Root options a command line run needs to open the run's libraries (empty for plain ones). */
    public static List<String> cliOptions() {
        return encrypted() ? List.of("--passphrase-file", passphraseFile().toString()) : List.of();
    }
}
