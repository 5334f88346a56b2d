package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An encrypted library at rest: nothing a person wrote and no photo can be read from its files;
 * only its passphrase or its recovery key opens it; a wrong one changes nothing; the passphrase can
 * change without re-encrypting; a plain library can be encrypted in place after a verified backup.
 */
class EncryptedLibraryTest {
    private static final String PASSPHRASE = "沙盘 correct horse 2026";

    @TempDir
    Path tmp;

    private Secret.NewKeys keys(RecoveryKey recovery) {
        return new Secret.NewKeys(Passphrase.of(PASSPHRASE), recovery, TestLibraries.CHEAP);
    }

    @Test
    void noNameStoryOrImageSignatureIsReadableAnywhereInTheFolder() throws Exception {
        Path lib = tmp.resolve("library");
        PrivacyLibrary made;
        byte[] photo = Files.readAllBytes(Path.of("fixtures/real/messi5-phone.jpg"));
        try (Library library = Library.create(lib, "test", keys(RecoveryKey.generate()))) {
            made = PrivacyLibrary.fill(library, tmp.resolve("photos"));
            // the library as it reads when unlocked: every text and photo comes back
            assertEquals("王小明", library.students().require("S01").name());
            assertEquals("小明说河边有一只受伤的小鸟", library.sessions().require(made.groupSession).story());
            assertEquals("file:IMG_20260303_1245.jpg", library.stills().require(made.stills.get(0)).source());
            try (InputStream in = library.stills().open(library.stills().require(made.stills.get(0)))) {
                assertArrayEquals(photo, in.readAllBytes());
            }
        }
        assertEquals(List.of(), PrivacyLibrary.found(lib, PrivacyLibrary.SECRETS, PrivacyLibrary.SIGNATURES));
        String sha256 = Fixtures.sha256(Path.of("fixtures/real/messi5-phone.jpg"));
        assertTrue(Fixtures.stillFiles(lib).stream().noneMatch(f -> f.getFileName().toString().startsWith(sha256)),
                "a still file is not named by the SHA-256 of the photo (that would confirm a known photo is inside)");

        // the same search on a plain library finds them: the search itself works
        Path plain = tmp.resolve("plain");
        try (Library library = Library.create(plain, "test")) {
            PrivacyLibrary.fill(library, tmp.resolve("photos2"));
        }
        List<String> inPlain = PrivacyLibrary.found(plain, PrivacyLibrary.SECRETS, PrivacyLibrary.SIGNATURES);
        assertTrue(inPlain.stream().anyMatch(f -> f.endsWith("王小明")) && inPlain.stream().anyMatch(f -> f.endsWith("ffd8ffe0")), inPlain.toString());
    }

    @Test
    void aWrongPassphraseOrNoneOpensNothingAndChangesNothing() throws Exception {
        Path lib = tmp.resolve("library");
        try (Library library = Library.create(lib, "test", keys(RecoveryKey.generate()))) {
            PrivacyLibrary.fill(library, tmp.resolve("photos"));
        }
        Map<String, String> before = files(lib);
        LibraryException wrong = assertThrows(LibraryException.class, () -> Library.open(lib, "test", Secret.passphrase("沙盘 correct horse 2025")));
        assertEquals("library.wrongPassphrase", wrong.problem().key());
        LibraryException none = assertThrows(LibraryException.class, () -> Library.open(lib, "test"));
        assertEquals("library.needsPassphrase", none.problem().key());
        LibraryException wrongKey = assertThrows(LibraryException.class,
                () -> Library.open(lib, "test", Secret.recoveryKey(RecoveryKey.generate())));
        assertEquals("library.wrongRecoveryKey", wrongKey.problem().key());
        assertEquals(before, files(lib), "no file of the library changed");
        try (Library library = Library.open(lib, "test", Secret.passphrase(PASSPHRASE))) {
            assertEquals(3, library.students().list().size());
        }
    }

    @Test
    void theRecoveryKeyOpensItAndAChangedPassphraseReplacesTheOldOneWithoutReEncrypting() throws Exception {
        Path lib = tmp.resolve("library");
        RecoveryKey recovery = RecoveryKey.generate();
        String recoveryText = recovery.text();
        List<Path> filesBefore;
        try (Library library = Library.create(lib, "test", keys(recovery))) {
            PrivacyLibrary.fill(library, tmp.resolve("photos"));
        }
        filesBefore = Fixtures.stillFiles(lib);
        Map<String, String> stillBytes = files(lib.resolve("stills"));
        try (Library library = Library.open(lib, "test", Secret.recoveryKey(RecoveryKey.parse(recoveryText.toLowerCase()).orElseThrow()))) {
            assertEquals("李小红", library.students().require("S02").name());
            assertFalse(library.unlocks(Secret.passphrase("not it at all")));
            assertTrue(library.unlocks(Secret.passphrase(PASSPHRASE)));
            library.changePassphrase(Passphrase.of("新的口令 new one"), TestLibraries.CHEAP);
        }
        assertEquals("library.wrongPassphrase",
                assertThrows(LibraryException.class, () -> Library.open(lib, "test", Secret.passphrase(PASSPHRASE))).problem().key());
        try (Library library = Library.open(lib, "test", Secret.passphrase("新的口令 new one"))) {
            Still still = library.stills().list(library.sessions().list().get(0).id()).get(0);
            try (InputStream in = library.stills().open(still)) {
                assertTrue(in.readAllBytes().length > 0);
            }
            assertTrue(library.audit().list().stream().anyMatch(e -> e.event().equals("passphrase-changed")));
            assertTrue(library.check().run(true).ok());
        }
        try (Library library = Library.open(lib, "test", Secret.recoveryKey(RecoveryKey.parse(recoveryText).orElseThrow()))) {
            assertEquals(3, library.students().list().size(), "the recovery key still opens it");
        }
        assertEquals(filesBefore, Fixtures.stillFiles(lib));
        assertEquals(stillBytes, files(lib.resolve("stills")), "no still file was re-encrypted");
        assertThrows(LibraryException.class, () -> {
            try (Library library = Library.open(lib, "test", Secret.passphrase("新的口令 new one"))) {
                library.changePassphrase(Passphrase.of("short"), TestLibraries.CHEAP);
            }
        });
    }

    @Test
    void aPlainLibraryIsEncryptedInPlaceAfterAVerifiedBackupAndNoPlainPageIsLeft() throws Exception {
        Path lib = tmp.resolve("library");
        byte[] photo = Files.readAllBytes(Path.of("fixtures/real/messi5-phone.jpg"));
        RecoveryKey recovery = RecoveryKey.generate();
        Path backup = tmp.resolve("before.sandtray-backup");
        try (Library library = Library.create(lib, "test")) {
            PrivacyLibrary.fill(library, tmp.resolve("photos"));
            library.groups().create(new Groups.Draft("沙盘世界二组", null, null, null, 60, List.of("S02"), PrivacyLibrary.CONSENTED));
            assertFalse(PrivacyLibrary.found(lib, PrivacyLibrary.SECRETS, PrivacyLibrary.SIGNATURES).isEmpty());
            Backup.write(library, backup, Backup.Progress.NONE);
            assertEquals(2, library.encrypt(keys(recovery)));
        }
        assertEquals(List.of(), PrivacyLibrary.found(lib, PrivacyLibrary.SECRETS, PrivacyLibrary.SIGNATURES));
        try (Stream<Path> names = Files.list(lib)) {
            assertEquals(List.of("library.db", "library.lock", "stills"), names.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the journal was emptied and removed");
        }
        try (Library library = Library.open(lib, "test", Secret.passphrase(PASSPHRASE))) {
            assertTrue(library.encrypted());
            assertEquals("王小明", library.students().require("S01").name());
            assertEquals("沙盘世界二组", library.groups().require("沙盘世界二组").name(), "a sealed group name is still found by its name");
            assertEquals("保护与照顾", library.sessions().list().stream().filter(s -> s.themes() != null).findFirst().orElseThrow().themes());
            Still still = library.stills().list(library.sessions().list().get(1).id()).get(0);
            try (InputStream in = library.stills().open(still)) {
                assertArrayEquals(photo, in.readAllBytes());
            }
            assertTrue(library.check().run(true).ok(), library.check().run(true).problems().toString());
            assertEquals(List.of(), library.audit().verify(), "the chain was made again with the keyed hash");
            assertTrue(library.audit().list().stream().anyMatch(e -> e.event().equals("encrypt")));
        }
        try (Library library = Library.open(lib, "test", Secret.recoveryKey(recovery))) {
            assertEquals(3, library.students().list().size());
        }
        // the backup made first is the plain library as it was
        Restore.Result restored = Restore.restore(backup, tmp.resolve("restored"), null, "test", Backup.Progress.NONE);
        assertFalse(restored.encrypted());
        try (Library library = Library.open(tmp.resolve("restored"), "test")) {
            assertEquals("王小明", library.students().require("S01").name());
        }
    }

    /** Every file under the folder but the lock (which holds the pid of whoever has it open) and its hash. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("library.lock")) continue;
                out.put(folder.relativize(f).toString(), Fixtures.sha256(f));
            }
        }
        return out;
    }
}
