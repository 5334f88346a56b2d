package org.sandtray.cli;

import org.sandtray.library.Backup;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryCheck;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.RecoveryKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code encrypt --backup-to FILE}: encrypts a plain library in place, after writing and verifying a
 * backup of it; prints the recovery key once.
 */
@Command(name = "encrypt", description = "Encrypt this (plain) library in place: first a backup is written to FILE and verified, then "
        + "names, stories, notes and photos are encrypted and the database is compacted so no plain page is left. The new passphrase "
        + "comes from --passphrase-file, $SANDTRAY_PASSPHRASE, or is typed twice; the recovery key is printed once.")
final class EncryptCommand extends LibraryCommand {
    @Option(names = "--backup-to", required = true, paramLabel = "FILE", description = "A new file for the backup made (and verified) first.")
    Path backupTo;

    @Option(names = "--kdf-memory", paramLabel = "MiB", description = "Memory of the key derivation (Argon2id; default 64, at least 19).")
    Integer kdfMemory;

    @Option(names = "--kdf-passes", paramLabel = "N", description = "Passes of the key derivation (default 3, at least 2).")
    Integer kdfPasses;

    @Override
    int run(Library library) throws Exception {
        if (library.encrypted()) throw new CommandFailed("library.alreadyEncrypted", library.folder());
        LibraryCheck.Report check = library.check().run(false);
        if (!check.ok()) {
            throw new CommandFailed(org.sandtray.domain.Problem.of("encrypt.checkFirst", check.problems().size()),
                    check.problems().stream().map(LibraryCheck.Problem::what).toList());
        }
        Path quarantine = library.folder().resolve("quarantine");
        if (Files.isDirectory(quarantine)) {
            try (var files = Files.list(quarantine)) {
                long n = files.count();
                if (n > 0) throw new CommandFailed("encrypt.quarantineNotEmpty", n, quarantine);
            }
        }
        var kdf = Credentials.kdf(kdfMemory, kdfPasses);
        RecoveryKey recoveryKey = RecoveryKey.generate();
        try (var passphrase = new Credentials(root()).forNewKeys(null, true)) {
            Secret.NewKeys keys = new Secret.NewKeys(passphrase, recoveryKey, kdf);
            Backup.Result backup = Backup.write(library, backupTo, Backup.Progress.NONE);
            say("backup.written", backup.file(), backup.stillFiles());
            int files = library.encrypt(keys);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("library", library.folder().toString());
            m.put("encrypted", true);
            m.put("stillFiles", files);
            m.put("backup", backup.file().toString());
            m.put("recoveryKey", recoveryKey.text());
            output().json(m);
            say("encrypt.done", files);
            say("encrypt.plainBackup", backup.file());
            say("init.recoveryKey", recoveryKey.text());
        }
        return 0;
    }
}
