package org.sandtray.ui.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;
import org.sandtray.library.Secret;
import org.sandtray.library.TestLibraries;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;
import org.sandtray.ui.Messages;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The idle lock on a clock the test moves: locks after the library's minutes, forgets pictures, opens only with the passphrase. */
class IdleLockTest {
    @TempDir
    Path tmp;

    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void anEncryptedLibrarysScreenLocksAfterItsIdleMinutesAndOpensOnlyWithThePassphrase() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        RecoveryKey recovery = RecoveryKey.generate();
        try (Library library = Library.create(tmp.resolve("lib"), "test",
                new Secret.NewKeys(Passphrase.of("lock passphrase 1"), recovery, TestLibraries.CHEAP))) {
            library.idleLock().setMinutes(10);
            IdleLock lock = new IdleLock(library, messages, now::get);
            AtomicInteger forgotten = new AtomicInteger();
            lock.onLock(forgotten::incrementAndGet);
            assertTrue(lock.enabled());

            now.addAndGet(9 * 60_000);
            lock.tick();
            assertFalse(lock.locked().get(), "nine minutes: still open");
            lock.activity();
            now.addAndGet(9 * 60_000);
            lock.tick();
            assertFalse(lock.locked().get(), "a key pressed meanwhile starts the ten minutes again");
            now.addAndGet(60_000);
            lock.tick();
            assertTrue(lock.locked().get());
            assertEquals(1, forgotten.get(), "the caches were told to forget their pictures");
            var refused = assertThrows(java.io.IOException.class, () -> lock.guard((s, w) -> null).decode(null, 0));
            assertTrue(refused.getMessage().contains("locked"), "nothing is decoded behind the lock");

            lock.activity();
            assertTrue(lock.locked().get(), "moving the mouse does not unlock");
            assertFalse(lock.unlock("lock passphrase 2"));
            assertTrue(lock.locked().get());
            assertEquals(messages.get("lock.wrong"), lock.message().get());
            assertFalse(lock.unlock(RecoveryKey.generate().text()), "another library's recovery key");
            assertTrue(lock.locked().get());
            assertTrue(lock.unlock("lock passphrase 1"));
            assertFalse(lock.locked().get());
            assertNull(lock.guard((s, w) -> null).decode(null, 0));

            lock.lock();
            assertTrue(lock.unlock(recovery.text().toLowerCase(java.util.Locale.ROOT)),
                    "a counselor who opened the library with the recovery key unlocks with it too");
            assertFalse(lock.locked().get());
        }
    }

    @Test
    void aPlainLibraryNeverLocksAndZeroMinutesMeansNever() throws Exception {
        AtomicLong now = new AtomicLong();
        try (Library library = Library.create(tmp.resolve("plain"), "test")) {
            IdleLock lock = new IdleLock(library, messages, now::get);
            now.addAndGet(24 * 3_600_000L);
            lock.tick();
            assertFalse(lock.locked().get(), "a plain library has no passphrase to unlock with");
        }
        try (Library library = Library.create(tmp.resolve("never"), "test",
                new Secret.NewKeys(Passphrase.of("lock passphrase 1"), RecoveryKey.generate(), TestLibraries.CHEAP))) {
            library.idleLock().setMinutes(0);
            IdleLock lock = new IdleLock(library, messages, now::get);
            now.addAndGet(24 * 3_600_000L);
            lock.tick();
            assertFalse(lock.locked().get());
            assertEquals("idleLock.badMinutes",
                    assertThrows(org.sandtray.library.LibraryException.class, () -> library.idleLock().setMinutes(-1)).problem().key());
        }
    }
}
