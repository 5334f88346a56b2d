package org.sandtray.library;

import org.sandtray.library.crypto.DataKeys;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * How still bytes are named and kept on disk: in a plain library as they are, under the SHA-256 of
 * their bytes; in an encrypted one encrypted (Tink streaming AEAD), under a keyed hash, so the
 * name does not confirm that a known photo is inside (decisions/0024).
 */
interface StillCipher {
    /** The file name (without extension) of these plain bytes. */
    String name(InputStream plain) throws IOException;

    /** Writes the file's bytes for the plain bytes; {@code out} is flushed, not closed. */
    void write(byte[] plain, OutputStream out) throws IOException;

    /** The plain bytes of a stored file; an altered encrypted file fails while it is read. */
    InputStream read(InputStream stored) throws IOException;

    /** The size of the file that holds this many plain bytes. */
    long storedSize(long plainBytes);

    StillCipher PLAIN = new StillCipher() {
        @Override
        public String name(InputStream plain) throws IOException {
            MessageDigest digest = ContentHash.digest();
            try (DigestInputStream in = new DigestInputStream(plain, digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return ContentHash.hex(digest.digest());
        }

        @Override
        public void write(byte[] plain, OutputStream out) throws IOException {
            out.write(plain);
            out.flush();
        }

        @Override
        public InputStream read(InputStream stored) { return stored; }

        @Override
        public long storedSize(long plainBytes) { return plainBytes; }
    };

    static StillCipher encrypted(DataKeys keys) {
        return new StillCipher() {
            private static final byte[] TAG = "still\0".getBytes(StandardCharsets.US_ASCII);

            @Override
            public String name(InputStream plain) throws IOException {
                byte[] bytes;
                try (plain) {
                    bytes = plain.readAllBytes();
                }
                byte[] input = new byte[TAG.length + bytes.length];
                System.arraycopy(TAG, 0, input, 0, TAG.length);
                System.arraycopy(bytes, 0, input, TAG.length, bytes.length);
                return ContentHash.hex(keys.keyedHash(input));
            }

            @Override
            public void write(byte[] plain, OutputStream out) throws IOException {
                // the encrypting stream writes its last segment when closed: it must not close the file under it
                OutputStream keepOpen = new FilterOutputStream(out) {
                    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

                    @Override public void close() throws IOException { flush(); }
                };
                try (OutputStream encrypting = keys.encrypting(keepOpen)) {
                    encrypting.write(plain);
                }
            }

            @Override
            public InputStream read(InputStream stored) throws IOException {
                return keys.decrypting(stored);
            }

            @Override
            public long storedSize(long plainBytes) { return keys.encryptedSize(plainBytes); }
        };
    }
}
