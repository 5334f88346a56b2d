package org.sandtray.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Problem;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.library.crypto.RecoveryKey;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The audit log's chain: a changed, deleted or re-linked line is found; in an encrypted library the link cannot be forged without the keys. */
class AuditChainTest {
    @TempDir
    Path tmp;

    @Test
    void aDeletedLastLineIsFoundByTheHead() {
        try (Library library = TestLibraries.create(tmp.resolve("a"))) {
            library.audit().record("import", "one");
            library.audit().record("import", "two");
            assertEquals(List.of(), library.audit().verify());
            library.database().transaction(c -> c.createStatement().executeUpdate("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"));
            List<Problem> found = library.audit().verify();
            assertEquals(1, found.size(), found.toString());
            assertEquals("audit.lastMissing", found.get(0).key());
        }
    }

    @Test
    void aLineRelinkedWithAPlainHashIsStillFoundInAnEncryptedLibrary() {
        Secret.NewKeys keys = new Secret.NewKeys(Passphrase.of("chain test 12345"), RecoveryKey.generate(), TestLibraries.CHEAP);
        try (Library library = Library.create(tmp.resolve("b"), "test", keys)) {
            library.audit().record("export", "{\"session\": 1}");
            library.audit().record("export", "{\"session\": 2}");
            library.audit().record("export", "{\"session\": 3}");
            // someone with the sqlite3 tool deletes line 3 and links line 4 to line 2 as a plain SHA-256 chain would
            library.database().transaction(c -> {
                String[] line2 = new String[5];
                try (PreparedStatement s = c.prepareStatement("SELECT prev_hash, id, at, event, detail FROM audit_log WHERE id = 2");
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    for (int i = 0; i < 5; i++) line2[i] = r.getString(i + 1);
                }
                String forged = AuditLog.sha256(String.join("\n", line2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                c.createStatement().executeUpdate("DELETE FROM audit_log WHERE id = 3");
                try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET prev_hash = ? WHERE id = 4")) {
                    s.setString(1, forged);
                    s.executeUpdate();
                }
                return null;
            });
            List<Problem> found = library.audit().verify();
            assertEquals("audit.brokenAfter", found.get(0).key(), found.toString());
            assertEquals(List.of(4L, 2L), found.get(0).args());
        }
    }
}
