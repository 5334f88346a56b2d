package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The privacy commands as a counselor would run them: an encrypted library made with init, opened
 * with a passphrase file or the recovery key, refused with a wrong or missing one (exit 1, a message,
 * no stack trace, nothing changed), its passphrase changed; backup and restore; a plain library
 * encrypted in place.
 */
class PrivacyCommandsTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Cli.Result sandtray(Path lib, Path passphrase, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--library", lib.toString()));
        if (passphrase != null) all.addAll(List.of("--passphrase-file", passphrase.toString()));
        all.addAll(List.of(args));
        return Cli.raw(all.toArray(String[]::new));
    }

    private Cli.Result ok(Path lib, Path passphrase, String... args) {
        Cli.Result r = sandtray(lib, passphrase, args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r);
        return r;
    }

    @Test
    void anEncryptedLibraryOpensOnlyWithItsPassphraseOrRecoveryKey() throws Exception {
        Path lib = tmp.resolve("library");
        Path pass = write("pass.txt", "沙盘 secret one\r\nsecond line is ignored\n");
        Cli.Result init = ok(lib, pass, "init", "--encrypt", "--kdf-memory", "19", "--kdf-passes", "2");
        String recovery = init.json().get("recoveryKey").asText();
        assertTrue(recovery.matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), init.toString());
        assertTrue(init.json().get("encrypted").asBoolean());
        assertTrue(init.err().contains(recovery), "the recovery key is also said in words: " + init.err());
        ok(lib, pass, "student", "import", write("r.csv", "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,yes,2025-09-01\n").toString());
        assertTrue(ok(lib, pass, "student", "list", "--format", "json").out().contains("王小明"));

        Map<String, String> before = files(lib);
        Cli.Result wrong = sandtray(lib, write("wrong.txt", "沙盘 secret two\n"), "student", "list");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("the passphrase is wrong"), wrong.err());
        assertFalse(wrong.err().contains("\tat ") || wrong.err().contains("Exception"), "no stack trace: " + wrong.err());
        assertEquals("", wrong.out());
        Cli.Result none = sandtray(lib, null, "student", "list");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("--passphrase-file") && none.err().contains("SANDTRAY_PASSPHRASE"), none.err());
        Cli.Result badKey = Cli.raw("--library", lib.toString(), "--recovery-key-file", write("bad-key.txt", "not a key").toString(),
                "student", "list");
        assertEquals(1, badKey.code());
        assertTrue(badKey.err().contains("not a recovery key"), badKey.err());
        assertEquals(before, files(lib), "refused openings change nothing");

        Path key = write("key.txt", recovery.toLowerCase().replace("-", " ") + "\n");
        Path next = write("next.txt", "新口令 second secret\n");
        Cli.Result changed = Cli.raw("--library", lib.toString(), "--recovery-key-file", key.toString(), "passphrase", "change",
                "--new-passphrase-file", next.toString(), "--kdf-memory", "19", "--kdf-passes", "2");
        assertEquals(0, changed.code(), changed.toString());
        assertEquals(1, sandtray(lib, pass, "student", "list").code(), "the old passphrase no longer opens it");
        assertTrue(ok(lib, next, "student", "list", "--format", "json").out().contains("王小明"));
        assertEquals(0, Cli.raw("--library", lib.toString(), "--recovery-key-file", key.toString(), "check").code());
        Cli.Result weak = sandtray(lib, next, "passphrase", "change", "--new-passphrase-file", pass.toString(), "--kdf-memory", "8");
        assertEquals(1, weak.code());
        assertTrue(weak.err().contains("OWASP"), weak.err());
    }

    @Test
    void aBackupIsOneVerifiedFileThatRestoresIntoAnEmptyFolderAndStaysEncrypted() throws Exception {
        Path lib = tmp.resolve("library");
        Path pass = write("pass.txt", "backup passphrase 1\n");
        ok(lib, pass, "init", "--encrypt", "--kdf-memory", "19", "--kdf-passes", "2");
        ok(lib, pass, "student", "import", write("r.csv", "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,yes,2025-09-01\n").toString());
        long session = ok(lib, pass, "session", "start", "--student", "S01", "--title", "第一次沙盘").id();
        Path photo = Fixtures.copy(Path.of("fixtures/real/messi5-phone.jpg"), tmp.resolve("in"), "IMG_0001.jpg", java.time.Instant.now());
        ok(lib, pass, "still", "import", "--session", String.valueOf(session), photo.toString());

        Path backup = tmp.resolve("backups").resolve("2026-11-29.zip");
        Cli.Result done = ok(lib, pass, "backup", "--to", backup.toString());
        assertTrue(done.json().get("verified").asBoolean());
        assertEquals(1, done.json().get("stillFiles").asInt());
        byte[] bytes = Files.readAllBytes(backup);
        for (String secret : List.of("王小明", "第一次沙盘", "IMG_0001", "Xiaomi")) {
            assertEquals(-1, indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8)), secret + " is readable in the backup");
        }
        assertEquals(-1, indexOf(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}), "no JPEG in the backup");
        assertEquals(-1, indexOf(bytes, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, sandtray(lib, pass, "backup", "--to", backup.toString()).code(), "an existing file is not overwritten");
        assertTrue(ok(lib, pass, "audit", "--format", "json").out().contains("\"backup\""));
        if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
            Process p = new ProcessBuilder("/usr/bin/unzip", "-t", backup.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "any unzip tool reads it: " + out);
        }

        Path restored = tmp.resolve("restored");
        Cli.Result wrong = sandtray(restored, write("wrong.txt", "not the passphrase\n"), "restore", backup.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("passphrase is wrong"), wrong.err());
        assertFalse(Files.exists(restored), "a refused restore leaves nothing");
        Cli.Result back = ok(restored, pass, "restore", backup.toString());
        assertTrue(back.json().get("check_ok").asBoolean());
        assertTrue(ok(restored, pass, "student", "list", "--format", "json").out().contains("王小明"));
        assertEquals(0, sandtray(restored, pass, "check").code());
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full").resolve("something.txt"), "x");
        Cli.Result notEmpty = sandtray(tmp.resolve("full"), pass, "restore", backup.toString());
        assertEquals(1, notEmpty.code());
        assertTrue(notEmpty.err().contains("not empty"), notEmpty.err());
        Cli.Result notBackup = sandtray(tmp.resolve("other"), pass, "restore", photo.toString());
        assertEquals(1, notBackup.code());
        assertFalse(notBackup.err().contains("\tat "), notBackup.err());
    }

    @Test
    void aPlainLibraryIsEncryptedInPlaceAfterItsBackupAndSaysWhereThePlainBackupIs() throws Exception {
        Path lib = tmp.resolve("library");
        ok(lib, null, "init");
        ok(lib, null, "student", "import", write("r.csv", "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,yes,2025-09-01\n").toString());
        long session = ok(lib, null, "session", "start", "--student", "S01", "--title", "森林").id();
        ok(lib, null, "still", "import", "--session", String.valueOf(session),
                Fixtures.copy(Path.of("fixtures/real/stuff.jpg"), tmp.resolve("in"), "a.jpg", java.time.Instant.now()).toString());
        Path pass = write("pass.txt", "now encrypted 1\n");
        assertEquals(2, sandtray(lib, pass, "encrypt", "--kdf-memory", "19", "--kdf-passes", "2").code(), "the backup file is required");
        Path backup = tmp.resolve("before.zip");
        Cli.Result enc = ok(lib, pass, "encrypt", "--backup-to", backup.toString(), "--kdf-memory", "19", "--kdf-passes", "2");
        assertTrue(enc.json().get("recoveryKey").asText().length() > 30);
        assertTrue(enc.err().contains(backup.toString()) && enc.err().contains("NOT encrypted"), enc.err());
        assertTrue(Files.isRegularFile(backup));
        byte[] db = Files.readAllBytes(lib.resolve("library.db"));
        assertEquals(-1, indexOf(db, "王小明".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, sandtray(lib, null, "student", "list").code());
        assertTrue(ok(lib, pass, "student", "list", "--format", "json").out().contains("王小明"));
        assertEquals(0, sandtray(lib, pass, "check").code());
        assertEquals(1, sandtray(lib, pass, "encrypt", "--backup-to", tmp.resolve("again.zip").toString()).code(), "already encrypted");
    }

    @Test
    void aDeletedOrChangedAuditLineIsFoundByCheck() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sqlite3")), "needs the sqlite3 tool");
        Path lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", write("r.csv", "code,name,grade,class,photo_consent,consent_date\nS01,王小明,5,2,yes,2025-09-01\n").toString());
        Cli.ok(lib, "student", "list");
        Cli.ok(lib, "check");
        assertEquals(0, Cli.run(lib, "audit").code());
        sqlite(lib, "DELETE FROM audit_log WHERE id = 3;");
        Cli.Result check = Cli.run(lib, "check");
        assertEquals(1, check.code(), check.toString());
        assertTrue(check.err().contains("audit line 4 does not follow line 2"), check.err());
        assertTrue(check.out().contains("\"audit chain\""), check.out());
        Cli.Result audit = Cli.run(lib, "audit", "--format", "json");
        assertEquals(1, audit.code());
        assertTrue(audit.out().contains("\"broken\""), audit.out());

        Path second = tmp.resolve("second");
        Cli.ok(second, "init");
        Cli.ok(second, "student", "list");
        sqlite(second, "UPDATE audit_log SET event = 'nothing' WHERE id = 2;");
        assertTrue(Cli.run(second, "check").err().contains("audit line 3 does not follow line 2"));
        Path third = tmp.resolve("third");
        Cli.ok(third, "init");
        Cli.ok(third, "student", "list");
        sqlite(third, "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log);");
        // the next opening's line (it takes the deleted line's number) is linked to the deleted one: the gap shows there
        Cli.Result last = Cli.run(third, "check");
        assertEquals(1, last.code());
        assertTrue(last.err().contains("audit line 2 does not follow line 1"), last.err());
    }

    private static void sqlite(Path lib, String sql) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/sqlite3", lib.resolve("library.db").toString(), sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("library.lock")) out.put(folder.relativize(f).toString(), Fixtures.sha256(f));
            }
        }
        return out;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }
}
