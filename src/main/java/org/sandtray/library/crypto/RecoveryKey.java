package org.sandtray.library.crypto;

import com.google.crypto.tink.subtle.Hkdf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The random key shown once when a library is made encrypted, for the day the passphrase is
 * forgotten: 160 random bits written as 32 letters and digits in groups of four (Crockford's
 * base32: no I, L, O or U, so it reads back from paper; I and L are read as 1, O as 0). It is
 * random, so it needs no slow derivation: HKDF-SHA256 turns it into the key that wraps the
 * library's data keys.
 */
public final class RecoveryKey {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BYTES = 20;
    private static final byte[] INFO = "sandtray recovery key v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bits;

    private RecoveryKey(byte[] bits) {
        this.bits = bits;
    }

    public static RecoveryKey generate() {
        byte[] bits = new byte[BYTES];
        new SecureRandom().nextBytes(bits);
        return new RecoveryKey(bits);
    }

    /** Reads a key as typed: case, spaces and dashes do not matter; empty when it is not a recovery key. */
    public static Optional<RecoveryKey> parse(String text) {
        if (text == null) return Optional.empty();
        StringBuilder clean = new StringBuilder();
        for (char ch : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '-' || Character.isWhitespace(ch)) continue;
            char c = ch == 'I' || ch == 'L' ? '1' : ch == 'O' ? '0' : ch;
            if (ALPHABET.indexOf(c) < 0) return Optional.empty();
            clean.append(c);
        }
        if (clean.length() != BYTES * 8 / 5) return Optional.empty();
        byte[] out = new byte[BYTES];
        long buffer = 0;
        int bitsHeld = 0;
        int at = 0;
        for (int i = 0; i < clean.length(); i++) {
            buffer = (buffer << 5) | ALPHABET.indexOf(clean.charAt(i));
            bitsHeld += 5;
            if (bitsHeld >= 8) {
                out[at++] = (byte) (buffer >>> (bitsHeld - 8));
                bitsHeld -= 8;
            }
        }
        return Optional.of(new RecoveryKey(out));
    }

    /** The key as shown to the counselor: eight groups of four, e.g. {@code 7K2M-Q9XD-…}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        long buffer = 0;
        int bitsHeld = 0;
        int written = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            bitsHeld += 8;
            while (bitsHeld >= 5) {
                if (written > 0 && written % 4 == 0) out.append('-');
                out.append(ALPHABET.charAt((int) (buffer >>> (bitsHeld - 5)) & 31));
                bitsHeld -= 5;
                written++;
            }
        }
        return out.toString();
    }

    /** The 32-byte key that wraps the data keys, for the library's salt. */
    public byte[] wrappingKey(byte[] salt) {
        try {
            return Hkdf.computeHkdf("HMACSHA256", bits, salt, INFO, KdfParameters.KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 is not available", e);
        }
    }

    /** Overwrites the key's bits. */
    public void wipe() {
        Arrays.fill(bits, (byte) 0);
    }

    @Override
    public String toString() { return "RecoveryKey[hidden]"; }
}
