package org.sandtray.library;

import org.sandtray.domain.Problem;
import org.sandtray.library.crypto.DataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encrypts a plain library in place, in an order a crash cannot break:
 * <ol>
 * <li>every still file and figure photo is written encrypted under its keyed name as a staged
 *     (temporary, flushed) file, the plain files untouched;</li>
 * <li>one transaction writes the keyring, seals every {@link Sealed} column of every row, renames
 *     the files in the rows, links the audit log anew with the keyed hash (its old chain verified
 *     first) and lists the plain files for removal;</li>
 * <li>the staged files are moved into place and the plain ones removed (an interrupted step is
 *     finished when the library next opens: its store's recovery and {@link PendingDeletions});</li>
 * <li>the database is compacted (VACUUM, journal emptied), so no page with plain text is left.</li>
 * </ol>
 * The caller writes and verifies a backup first and closes the library after.
 */
final class Encryption {
    private static final Logger log = LoggerFactory.getLogger(Encryption.class);

    /** What was converted. */
    record Result(int files, int values) {}

    private Encryption() {}

    static Result run(Library library, Secret.NewKeys newKeys) {
        if (library.encrypted()) throw new LibraryException("library.alreadyEncrypted", library.folder());
        Database db = library.database();
        db.requireWritable();
        DataKeys keys = DataKeys.generate();
        Keyring.Stored keyring = Keyring.make(keys, newKeys.passphrase(), newKeys.recoveryKey(), newKeys.kdf());
        FieldCodec codec = new SealedText(keys);
        FileStillStore encrypted = new FileStillStore(library.folder(), true, StillCipher.encrypted(keys));
        List<Problem> chain = library.audit().verify();
        if (!chain.isEmpty()) log.info("the audit chain had {} breaks before encryption: {}", chain.size(), chain.get(0).english());

        // 1. every file encrypted beside the plain one
        Map<StillStore.Entry, StillStore.Staged> staged = new LinkedHashMap<>();
        try {
            for (StillStore.Entry plain : namedFiles(db)) {
                byte[] bytes;
                try (InputStream in = library.store().open(plain)) {
                    bytes = in.readAllBytes();
                }
                staged.put(plain, encrypted.stage(new ByteArrayInputStream(bytes), plain.extension()));
            }
        } catch (IOException e) {
            staged.values().forEach(encrypted::discard);
            throw new LibraryException(Problem.of("still.notStored", IoProblems.of(e, library.folder(), library.folder())), e);
        } catch (RuntimeException e) {
            staged.values().forEach(encrypted::discard);
            throw e;
        }
        // 2. one transaction: keys, sealed text, file names, audit chain, plain files listed for removal
        AuditLog keyedAudit = new AuditLog(db, codec, Library.lineHash(keys));
        int values;
        try {
            values = db.transaction(c -> {
                Keyring.write(c, keyring);
                int n = 0;
                for (Sealed column : Sealed.values()) n += seal(c, codec, column);
                try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM groups"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String name = codec.open(Sealed.GROUP_NAME, r.getLong(1), r.getString(2));
                        try (PreparedStatement u = c.prepareStatement("UPDATE groups SET name_key = ? WHERE id = ?")) {
                            u.setString(1, codec.lookupKey(Sealed.GROUP_NAME, name));
                            u.setLong(2, r.getLong(1));
                            u.executeUpdate();
                        }
                    }
                }
                for (var e : staged.entrySet()) {
                    rename(c, "UPDATE stills SET content_hash = ? WHERE content_hash = ?", e.getKey().hash(), e.getValue().hash());
                    rename(c, "UPDATE figures SET photo_hash = ? WHERE photo_hash = ?", e.getKey().hash(), e.getValue().hash());
                    PendingDeletions.add(c, PendingDeletions.stillFile(e.getKey()));
                }
                keyedAudit.rechain(c, false);
                keyedAudit.append(c, "encrypt", "{\"still_files\": " + staged.size() + ", \"sealed_values\": " + n
                        + ", \"kdf\": \"argon2id\", \"memory_kib\": " + newKeys.kdf().memoryKiB() + ", \"iterations\": "
                        + newKeys.kdf().iterations() + ", \"parallelism\": " + newKeys.kdf().parallelism()
                        + ", \"old_chain\": \"" + (chain.isEmpty() ? "whole" : chain.size() + " breaks") + "\"}");
                return n;
            });
        } catch (RuntimeException e) {
            staged.values().forEach(encrypted::discard);
            throw e;
        }
        // 3. encrypted files into place, plain ones removed
        for (StillStore.Staged s : staged.values()) {
            try {
                encrypted.publish(s);
            } catch (IOException e) {
                log.warn("encrypted still file {} not yet in place ({}); it will be when the library next opens", s.entry().fileName(),
                        e.getMessage());
            }
        }
        int removed = PendingDeletions.finish(db, library.folder());
        // 4. no page of the old plain text left in the database file or its journal
        db.compact();
        log.info("library encrypted in place: {} files, {} sealed values, {} plain files removed", staged.size(), values, removed);
        return new Result(staged.size(), values);
    }

    private static List<StillStore.Entry> namedFiles(Database db) {
        return db.read(c -> {
            List<StillStore.Entry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT content_hash, media_type FROM stills "
                    + "UNION SELECT DISTINCT photo_hash, 'image/jpeg' FROM figures WHERE photo_hash IS NOT NULL");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(new StillStore.Entry(r.getString(1), Stills.extensionOf(r.getString(2))));
            }
            return out.stream().distinct().toList();
        });
    }

    private static int seal(Connection c, FieldCodec codec, Sealed column) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
                values.add(r.getString(2));
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setString(1, codec.seal(column, ids.get(i), values.get(i)));
                s.setLong(2, ids.get(i));
                s.executeUpdate();
            }
        }
        return ids.size();
    }

    private static void rename(Connection c, String sql, String from, String to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, to);
            s.setString(2, from);
            s.executeUpdate();
        }
    }
}
