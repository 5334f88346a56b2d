package org.sandtray.library;

import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

/** What unlocks an encrypted library: its passphrase, or the recovery key shown when it was made encrypted. */
public sealed interface Secret permits Secret.OfPassphrase, Secret.OfRecoveryKey {

    record OfPassphrase(Passphrase passphrase) implements Secret {}

    record OfRecoveryKey(RecoveryKey key) implements Secret {}

    static Secret passphrase(Passphrase passphrase) { return new OfPassphrase(passphrase); }

    static Secret passphrase(String text) { return new OfPassphrase(Passphrase.of(text)); }

    static Secret recoveryKey(RecoveryKey key) { return new OfRecoveryKey(key); }

    /**
     * A new encrypted library's keys: the passphrase (at least {@link Passphrase#MIN_LENGTH}
     * characters), the recovery key to show the counselor once, and the Argon2id cost.
     */
    record NewKeys(Passphrase passphrase, RecoveryKey recoveryKey, org.sandtray.library.crypto.KdfParameters kdf) {
        public NewKeys {
            if (passphrase.length() < Passphrase.MIN_LENGTH) throw new LibraryException("passphrase.tooShort", Passphrase.MIN_LENGTH);
        }
    }
}
