package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files to remove once the transaction that stopped naming them is committed (a pupil's stills
 * after an erasure, the plain files an encryption replaced). They are listed in the same
 * transaction, removed after the commit, and a removal a crash interrupted is finished when the
 * library next opens: a file is never gone while a row still names it, and never left behind.
 */
final class PendingDeletions {
    private static final Logger log = LoggerFactory.getLogger(PendingDeletions.class);

    private PendingDeletions() {}

    /** Lists a file (a path inside the library folder, with / between names) for removal after the commit. */
    static void add(Connection c, String file) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO pending_deletions(file) VALUES (?)")) {
            s.setString(1, file);
            s.executeUpdate();
        }
    }

    static String stillFile(StillStore.Entry entry) {
        return FileStillStore.FOLDER + "/" + entry.hash().substring(0, 2) + "/" + entry.fileName();
    }

    /** Removes every listed file that no row names, then its entry; returns how many files were removed. */
    static int finish(Database db, Path folder) {
        List<String> files = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT file FROM pending_deletions ORDER BY file"); ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
        int removed = 0;
        for (String file : files) {
            Path path = folder.resolve(file).normalize();
            if (!path.startsWith(folder)) continue;
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String hash = dot < 0 ? name : name.substring(0, dot);
            // a row may name the same bytes again since (the same photo imported anew): then it stays
            boolean named = db.read(c -> StoreWrites.referenced(c, hash));
            try {
                if (!named && Files.deleteIfExists(path)) removed++;
                db.transaction(c -> {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_deletions WHERE file = ?")) {
                        s.setString(1, file);
                        s.executeUpdate();
                    }
                    return null;
                });
            } catch (IOException e) {
                log.warn("could not remove {} yet: {}; tried again at the next opening", file, e.getMessage());
            }
        }
        return removed;
    }
}
