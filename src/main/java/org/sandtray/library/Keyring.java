package org.sandtray.library;

import org.sandtray.library.crypto.DataKeys;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.KeyWrap;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The wrapped data keys of an encrypted library (table {@code keyring}, one row): under the key
 * Argon2id derives from the passphrase with the stored parameters and salt, and separately under
 * the recovery key. Changing the passphrase re-wraps the same data keys (decisions/0024).
 */
final class Keyring {
    static final int FORMAT = 1;
    private static final byte[] BY_PASSPHRASE = "sandtray keyring v1: passphrase".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BY_RECOVERY = "sandtray keyring v1: recovery key".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The row as stored. */
    record Stored(KdfParameters kdf, byte[] passphraseSalt, byte[] byPassphrase, byte[] recoverySalt, byte[] byRecovery) {}

    private Keyring() {}

    /** The stored keyring, or empty for a plain library (or one older than schema version 6). */
    static Optional<Stored> read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keyring'");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM keyring WHERE id = 1"); ResultSet r = s.executeQuery()) {
            if (!r.next()) return Optional.empty();
            if (r.getInt("format") != FORMAT) throw new LibraryException("library.keyringUnknown", r.getInt("format"));
            return Optional.of(new Stored(new KdfParameters(r.getInt("kdf_memory_kib"), r.getInt("kdf_iterations"),
                    r.getInt("kdf_parallelism")), r.getBytes("passphrase_salt"), r.getBytes("by_passphrase"),
                    r.getBytes("recovery_salt"), r.getBytes("by_recovery_key")));
        }
    }

    /** The data keys, or a refusal that says which secret was wrong. Nothing is written. */
    static DataKeys unlock(Stored stored, Secret secret) {
        if (secret == null) throw new LibraryException("library.needsPassphrase");
        try {
            byte[] serialized = secret instanceof Secret.OfPassphrase p
                    ? KeyWrap.unwrap(stored.kdf().derive(p.passphrase().chars(), stored.passphraseSalt()), stored.byPassphrase(), BY_PASSPHRASE)
                    : KeyWrap.unwrap(((Secret.OfRecoveryKey) secret).key().wrappingKey(stored.recoverySalt()), stored.byRecovery(), BY_RECOVERY);
            try {
                return DataKeys.parse(serialized);
            } finally {
                Arrays.fill(serialized, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new LibraryException(secret instanceof Secret.OfPassphrase ? "library.wrongPassphrase" : "library.wrongRecoveryKey");
        }
    }

    /** A new keyring for the data keys. */
    static Stored make(DataKeys keys, Passphrase passphrase, RecoveryKey recoveryKey, KdfParameters kdf) {
        byte[] serialized = keys.serialize();
        try {
            byte[] recoverySalt = salt();
            byte[] byRecovery = KeyWrap.wrap(recoveryKey.wrappingKey(recoverySalt), serialized, BY_RECOVERY);
            byte[] passphraseSalt = salt();
            byte[] byPassphrase = KeyWrap.wrap(kdf.derive(passphrase.chars(), passphraseSalt), serialized, BY_PASSPHRASE);
            return new Stored(kdf, passphraseSalt, byPassphrase, recoverySalt, byRecovery);
        } finally {
            Arrays.fill(serialized, (byte) 0);
        }
    }

    /** The same data keys under a new passphrase (new salt); the recovery key's wrapping stays. */
    static Stored rewrap(Stored stored, DataKeys keys, Passphrase passphrase, KdfParameters kdf) {
        byte[] serialized = keys.serialize();
        try {
            byte[] salt = salt();
            return new Stored(kdf, salt, KeyWrap.wrap(kdf.derive(passphrase.chars(), salt), serialized, BY_PASSPHRASE),
                    stored.recoverySalt(), stored.byRecovery());
        } finally {
            Arrays.fill(serialized, (byte) 0);
        }
    }

    static void write(Connection c, Stored k) throws SQLException {
        String now = Timestamps.format(Instant.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO keyring(id, format, kdf, kdf_memory_kib, kdf_iterations, "
                + "kdf_parallelism, passphrase_salt, by_passphrase, recovery_salt, by_recovery_key, created_at, passphrase_changed_at) "
                + "VALUES (1, ?, 'argon2id', ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kdf_memory_kib = excluded.kdf_memory_kib, "
                + "kdf_iterations = excluded.kdf_iterations, kdf_parallelism = excluded.kdf_parallelism, "
                + "passphrase_salt = excluded.passphrase_salt, by_passphrase = excluded.by_passphrase, "
                + "passphrase_changed_at = excluded.passphrase_changed_at")) {
            s.setInt(1, FORMAT);
            s.setInt(2, k.kdf().memoryKiB());
            s.setInt(3, k.kdf().iterations());
            s.setInt(4, k.kdf().parallelism());
            s.setBytes(5, k.passphraseSalt());
            s.setBytes(6, k.byPassphrase());
            s.setBytes(7, k.recoverySalt());
            s.setBytes(8, k.byRecovery());
            s.setString(9, now);
            s.setString(10, now);
            s.executeUpdate();
        }
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
