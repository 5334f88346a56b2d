package org.sandtray.library.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * A library's data keys, random, made once when the library is made encrypted and never derived
 * from the passphrase (changing the passphrase re-wraps them; nothing is re-encrypted). Three Tink
 * keysets:
 * <ul>
 * <li>fields: AEAD AES256_GCM, for sealed text, with the table, column and row as associated data
 *     (a value moved to another row or column no longer opens);</li>
 * <li>files: streaming AEAD AES256_GCM_HKDF_4KB, for still files and figure photos;</li>
 * <li>names: PRF HMAC_SHA256, for keyed hashes: still file names (a plain SHA-256 would confirm
 *     that a known photo is inside), lookups of sealed values, the audit chain.</li>
 * </ul>
 */
public final class DataKeys {
    private static final int FORMAT = 1;
    /** Files are authenticated as still files of a Sandtray library. */
    private static final byte[] FILE_AD = "sandtray still v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle fieldKeys;
    private final KeysetHandle fileKeys;
    private final KeysetHandle nameKeys;
    private final Aead fields;
    private final StreamingAead files;
    private final AesGcmHkdfStreaming fileSizes;
    private final PrfSet names;

    private DataKeys(KeysetHandle fieldKeys, KeysetHandle fileKeys, KeysetHandle nameKeys) throws GeneralSecurityException {
        this.fieldKeys = fieldKeys;
        this.fileKeys = fileKeys;
        this.nameKeys = nameKeys;
        this.fields = fieldKeys.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.files = fileKeys.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        StreamingAead primary = AesGcmHkdfStreaming.create((AesGcmHkdfStreamingKey) fileKeys.getPrimary().getKey());
        this.fileSizes = (AesGcmHkdfStreaming) primary;
        this.names = nameKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    }

    public static DataKeys generate() {
        try {
            return new DataKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB),
                    KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot make keys", e);
        }
    }

    /** The keysets as bytes, to be wrapped at once: never stored like this. */
    public byte[] serialize() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            for (KeysetHandle h : new KeysetHandle[] {fieldKeys, fileKeys, nameKeys}) {
                byte[] k = TinkProtoKeysetFormat.serializeKeyset(h, InsecureSecretKeyAccess.get());
                out.writeInt(k.length);
                out.write(k);
            }
            return bytes.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialize the data keys", e);
        }
    }

    /** @throws GeneralSecurityException when the bytes are not data keys of this format */
    public static DataKeys parse(byte[] serialized) throws GeneralSecurityException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(serialized))) {
            if (in.readInt() != FORMAT) throw new GeneralSecurityException("unknown data key format");
            KeysetHandle[] handles = new KeysetHandle[3];
            for (int i = 0; i < 3; i++) {
                int length = in.readInt();
                if (length <= 0 || length > 1 << 16) throw new GeneralSecurityException("bad keyset length");
                handles[i] = TinkProtoKeysetFormat.parseKeyset(in.readNBytes(length), InsecureSecretKeyAccess.get());
            }
            return new DataKeys(handles[0], handles[1], handles[2]);
        } catch (IOException e) {
            throw new GeneralSecurityException("truncated data keys", e);
        }
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
        return fileSizes.expectedCiphertextSize(plainBytes);
    }

    /** A keyed hash (HMAC-SHA256) of the bytes, 32 bytes: the same input always gives the same hash. */
    public byte[] keyedHash(byte[] input) {
        try {
            return names.computePrimary(input, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 refused", e);
        }
    }
}
