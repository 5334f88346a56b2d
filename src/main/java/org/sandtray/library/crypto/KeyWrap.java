package org.sandtray.library.crypto;

import com.google.crypto.tink.subtle.AesGcmJce;

import java.security.GeneralSecurityException;
import java.util.Arrays;

/** Wraps the serialized data keys under a 32-byte wrapping key with AES-256-GCM (Tink's AesGcmJce). */
public final class KeyWrap {
    private KeyWrap() {}

    public static byte[] wrap(byte[] wrappingKey, byte[] plain, byte[] associated) {
        try {
            return new AesGcmJce(wrappingKey).encrypt(plain, associated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to wrap", e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** @throws GeneralSecurityException when the key is not the one that wrapped the bytes (a wrong passphrase) */
    public static byte[] unwrap(byte[] wrappingKey, byte[] wrapped, byte[] associated) throws GeneralSecurityException {
        try {
            return new AesGcmJce(wrappingKey).decrypt(wrapped, associated);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }
}
