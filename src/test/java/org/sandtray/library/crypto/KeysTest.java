package org.sandtray.library.crypto;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/** The key material on its own: recovery keys as a person reads them, wrapping, the data keys' primitives. */
class KeysTest {

    @Test
    void aRecoveryKeyReadsBackAsTypedFromPaper() {
        RecoveryKey key = RecoveryKey.generate();
        String text = key.text();
        assertTrue(text.matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}"), text);
        String sloppy = text.toLowerCase().replace("-", " ").replace('1', 'l').replace('0', 'o');
        assertEquals(text, RecoveryKey.parse(sloppy).orElseThrow().text(), "case, spaces, l for 1 and o for 0 do not matter");
        assertTrue(RecoveryKey.parse(text.substring(1)).isEmpty(), "a key with a letter missing is not a key");
        assertTrue(RecoveryKey.parse(text.replace(text.charAt(0), 'U')).isEmpty(), "U is not in the alphabet");
        byte[] salt = new byte[16];
        assertArrayEquals(key.wrappingKey(salt), RecoveryKey.parse(sloppy).orElseThrow().wrappingKey(salt));
    }

    @Test
    void theDataKeysOpenOnlyUnderTheKeyThatWrappedThem() throws Exception {
        DataKeys keys = DataKeys.generate();
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        KdfParameters cheap = new KdfParameters(1024, 1, 1);
        byte[] ad = "role".getBytes(StandardCharsets.US_ASCII);
        byte[] wrapped = KeyWrap.wrap(cheap.derive("正确的口令 horse".toCharArray(), salt), keys.serialize(), ad);
        DataKeys back = DataKeys.parse(KeyWrap.unwrap(cheap.derive("正确的口令 horse".toCharArray(), salt), wrapped, ad));
        byte[] place = "students.name#1".getBytes(StandardCharsets.US_ASCII);
        assertEquals("王小明", new String(back.open(keys.seal("王小明".getBytes(StandardCharsets.UTF_8), place), place), StandardCharsets.UTF_8));
        assertThrows(GeneralSecurityException.class,
                () -> KeyWrap.unwrap(cheap.derive("正确的口令 horsf".toCharArray(), salt), wrapped, ad), "one letter off");
        assertThrows(GeneralSecurityException.class,
                () -> KeyWrap.unwrap(cheap.derive("正确的口令 horse".toCharArray(), salt), wrapped, "other".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(GeneralSecurityException.class, () -> keys.open(keys.seal(new byte[] {1}, place),
                "students.name#2".getBytes(StandardCharsets.US_ASCII)), "a value moved to another row does not open");
    }

    @Test
    void theSamePassphraseTypedThroughAnotherInputMethodDerivesTheSameKey() {
        KdfParameters cheap = new KdfParameters(1024, 1, 1);
        byte[] salt = new byte[16];
        String composed = "caf\u00e9 口令";
        String decomposed = "cafe\u0301 口令";
        assertArrayEquals(cheap.derive(composed.toCharArray(), salt), cheap.derive(decomposed.toCharArray(), salt));
        assertFalse(Arrays.equals(cheap.derive(composed.toCharArray(), salt), cheap.derive(composed.toCharArray(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
    }

    @Test
    void aStillFileDecryptsOnlyWholeAndKnowsItsStoredSize() throws IOException {
        DataKeys keys = DataKeys.generate();
        byte[] photo = Files.readAllBytes(Path.of("fixtures/real/messi5-phone.jpg"));
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (OutputStream out = keys.encrypting(stored)) {
            out.write(photo);
        }
        byte[] file = stored.toByteArray();
        assertEquals(keys.encryptedSize(photo.length), file.length);
        try (InputStream in = keys.decrypting(new ByteArrayInputStream(file))) {
            assertArrayEquals(photo, in.readAllBytes());
        }
        file[file.length / 2] ^= 1;
        assertThrows(IOException.class, () -> {
            try (InputStream in = keys.decrypting(new ByteArrayInputStream(file))) {
                in.readAllBytes();
            }
        }, "one flipped bit fails the read");
    }
}
