package org.sandtray.library.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Argon2id's cost parameters. They are stored with each library, so a later version can choose
 * stronger ones for new libraries and passphrase changes without locking anyone out of an older
 * one (decisions/0024).
 *
 * @param memoryKiB   memory in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    /** RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes (about 0.3 s warm here; decisions/0024). */
    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 4);
    /** OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): the weakest the command line accepts. */
    public static final KdfParameters OWASP_MINIMUM = new KdfParameters(19 * 1024, 2, 1);

    public static final int KEY_BYTES = 32;

    public KdfParameters {
        if (parallelism < 1 || parallelism > 64) throw new IllegalArgumentException("parallelism " + parallelism);
        if (iterations < 1 || iterations > 100) throw new IllegalArgumentException("iterations " + iterations);
        if (memoryKiB < 8 * parallelism || memoryKiB > 4 * 1024 * 1024) throw new IllegalArgumentException("memory " + memoryKiB);
    }

    /** True when these cost at least as much as the OWASP minimum in memory and passes. */
    public boolean atLeastOwaspMinimum() {
        return memoryKiB >= OWASP_MINIMUM.memoryKiB && iterations >= OWASP_MINIMUM.iterations;
    }

    /**
     * The 32-byte key of a passphrase: its characters in Unicode NFC (a passphrase typed through
     * another input method still matches), as UTF-8, through Argon2id with the salt.
     */
    public byte[] derive(char[] passphrase, byte[] salt) {
        byte[] password = utf8Nfc(passphrase);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build());
            byte[] key = new byte[KEY_BYTES];
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] utf8Nfc(char[] passphrase) {
        String normalized = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalized);
        byte[] out = new byte[encoded.remaining()];
        encoded.get(out);
        if (encoded.hasArray()) Arrays.fill(encoded.array(), (byte) 0);
        return out;
    }
}
