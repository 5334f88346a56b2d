package org.sandtray.cli;

import org.sandtray.library.Library;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.RecoveryKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code init [--encrypt]}: creates the library (with the default figure catalogue); the only
 * command that creates one. Encrypted, it prints the recovery key once, as {@code recoveryKey}.
 */
@Command(name = "init", description = "Create the library folder with the default figure catalogue (a library already there is left as it is). "
        + "With --encrypt the library is encrypted with a passphrase (--passphrase-file, $SANDTRAY_PASSPHRASE, or typed twice) and a "
        + "recovery key is printed once: write it down and keep it apart from the PC.")
final class InitCommand extends LibraryCommand {
    @Option(names = "--encrypt", description = "Encrypt the new library: names, stories, notes and photos are unreadable without the passphrase.")
    boolean encrypt;

    @Option(names = "--kdf-memory", paramLabel = "MiB", description = "Memory of the passphrase's key derivation (Argon2id; default 64, at least 19).")
    Integer kdfMemory;

    @Option(names = "--kdf-passes", paramLabel = "N", description = "Passes of the key derivation (default 3, at least 2).")
    Integer kdfPasses;

    private boolean existed;
    private RecoveryKey recoveryKey;

    @Override
    Library openLibrary(Path folder, String openedBy) {
        existed = Library.exists(folder);
        if (existed) return Library.open(folder, openedBy, secretIfEncrypted(folder));
        if (!encrypt) return Library.create(folder, openedBy);
        var kdf = Credentials.kdf(kdfMemory, kdfPasses);
        try (var passphrase = new Credentials(root()).forNewKeys(null, true)) {
            recoveryKey = RecoveryKey.generate();
            return Library.create(folder, openedBy, new Secret.NewKeys(passphrase, recoveryKey, kdf));
        }
    }

    @Override
    int run(Library library) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("library", library.folder().toString());
        result.put("created", !existed);
        result.put("encrypted", library.encrypted());
        result.put("students", library.students().list().size());
        result.put("figures", library.figures().list().size());
        if (recoveryKey != null) result.put("recoveryKey", recoveryKey.text());
        output().json(result);
        say(existed ? "init.alreadyThere" : "init.ready", library.folder());
        if (recoveryKey != null) say("init.recoveryKey", recoveryKey.text());
        return 0;
    }
}
