package org.sandtray.cli;

import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code passphrase change}: wraps an encrypted library's keys under a new passphrase (nothing is re-encrypted). */
@Command(name = "passphrase", description = "Change an encrypted library's passphrase.", subcommands = PassphraseCommand.Change.class)
final class PassphraseCommand {

    @Command(name = "change", description = "Change the passphrase: open with the current one (or the recovery key: --recovery-key-file), "
            + "give the new one with --new-passphrase-file or type it twice. The recovery key keeps working; nothing is re-encrypted.")
    static final class Change extends LibraryCommand {
        @Option(names = "--new-passphrase-file", paramLabel = "FILE", description = "The new passphrase: the first line of FILE.")
        Path newPassphraseFile;

        @Option(names = "--kdf-memory", paramLabel = "MiB", description = "Memory of the key derivation (Argon2id; default 64, at least 19).")
        Integer kdfMemory;

        @Option(names = "--kdf-passes", paramLabel = "N", description = "Passes of the key derivation (default 3, at least 2).")
        Integer kdfPasses;

        @Override
        int run(Library library) {
            if (!library.encrypted()) throw new CommandFailed("library.notEncrypted", library.folder());
            var kdf = Credentials.kdf(kdfMemory, kdfPasses);
            try (var next = new Credentials(root()).forNewKeys(newPassphraseFile, false)) {
                library.changePassphrase(next, kdf);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("library", library.folder().toString());
            m.put("passphraseChanged", true);
            output().json(m);
            say("passphrase.changed");
            return 0;
        }
    }
}
