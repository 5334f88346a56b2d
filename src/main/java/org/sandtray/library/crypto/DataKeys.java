package org.sandtray.library.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.PrfHmacJce;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A library's data keys: three random 256-bit keys made once when the library is made encrypted,
 * never derived from the passphrase (changing the passphrase re-wraps them; nothing is
 * re-encrypted). Each is used with Tink's primitive for it, the same algorithms as Tink's
 * templates of those names (decisions/0024):
 * <ul>
 * <li>fields: AEAD AES256_GCM, for sealed text, with the table, column and row as associated data
 *     (a value moved to another row or column no longer opens);</li>
 * <li>files: streaming AEAD AES256_GCM_HKDF_4KB, for still files and figure photos;</li>
 * <li>names: PRF HMAC_SHA256, for keyed hashes: still file names (a plain SHA-256 would confirm
 *     that a known photo is inside), lookups of sealed values, the audit chain.</li>
 * </ul>
 * Tink's primitives are made from the raw keys directly: its keyset registry costs half a second
 * when a command starts, on top of the key derivation.
 */
public final class DataKeys {
    private static final int FORMAT = 1;
    private static final int KEY = 32;
    /** Files are authenticated as still files of a Sandtray library. */
    private static final byte[] FILE_AD = "sandtray still v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] raw;
    private final Aead fields;
    private final AesGcmHkdfStreaming files;
    private final Prf names;

    private DataKeys(byte[] raw) throws GeneralSecurityException {
        this.raw = raw;
        this.fields = new AesGcmJce(Arrays.copyOfRange(raw, 0, KEY));
        this.files = new AesGcmHkdfStreaming(Arrays.copyOfRange(raw, KEY, 2 * KEY), "HmacSha256", KEY, 4096, 0);
        this.names = new PrfHmacJce("HMACSHA256", new SecretKeySpec(Arrays.copyOfRange(raw, 2 * KEY, 3 * KEY), "HMAC"));
    }

    public static DataKeys generate() {
        byte[] raw = new byte[3 * KEY];
        new SecureRandom().nextBytes(raw);
        try {
            return new DataKeys(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM or HMAC-SHA256 is not available", e);
        }
    }

    /** The keys as bytes, to be wrapped at once: never stored like this. */
    public byte[] serialize() {
        return ByteBuffer.allocate(4 + raw.length).putInt(FORMAT).put(raw).array();
    }

    /** @throws GeneralSecurityException when the bytes are not data keys of this format */
    public static DataKeys parse(byte[] serialized) throws GeneralSecurityException {
        if (serialized.length != 4 + 3 * KEY || ByteBuffer.wrap(serialized).getInt() != FORMAT) {
            throw new GeneralSecurityException("unknown data key format");
        }
        return new DataKeys(Arrays.copyOfRange(serialized, 4, serialized.length));
    }

    public byte[] seal(byte[] plain, byte[] associated) {
        try {
            return fields.encrypt(plain, associated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        }
    }

    /** @throws GeneralSecurityException when the value was altered or belongs to another place */
    public byte[] open(byte[] sealed, byte[] associated) throws GeneralSecurityException {
        return fields.decrypt(sealed, associated);
    }

    /** A stream that encrypts what is written to it into {@code out}. */
    public OutputStream encrypting(OutputStream out) throws IOException {
        try {
            return files.newEncryptingStream(out, FILE_AD);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot start encrypting", e);
        }
    }

    /** A stream that decrypts {@code in}; reading an altered segment fails with an IOException. */
    public InputStream decrypting(InputStream in) throws IOException {
        try {
            return files.newDecryptingStream(in, FILE_AD);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot start decrypting", e);
        }
    }

    /** The size of a stored file holding this many plain bytes. */
    public long encryptedSize(long plainBytes) {
        return files.expectedCiphertextSize(plainBytes);
    }

    /** A keyed hash (HMAC-SHA256) of the bytes, 32 bytes: the same input always gives the same hash. */
    public byte[] keyedHash(byte[] input) {
        try {
            return names.compute(input, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 refused", e);
        }
    }
}
