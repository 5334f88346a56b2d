package org.sandtray.library;

/**
 * After how many minutes without a key or a click the window locks an encrypted library's screen
 * (names and pictures leave it until the passphrase is typed again). Kept in the library, so it
 * travels with the records it protects; {@value #DEFAULT_MINUTES} unless changed, 0 for never.
 */
public final class IdleLockSetting {
    public static final int DEFAULT_MINUTES = 10;
    static final String KEY = "idle_lock_minutes";

    private final Database db;
    private final AuditLog audit;

    IdleLockSetting(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public int minutes() {
        return db.read(c -> {
            String v = LibraryState.get(c, KEY);
            return v == null ? DEFAULT_MINUTES : Integer.parseInt(v);
        });
    }

    public void setMinutes(int minutes) {
        if (minutes < 0 || minutes > 240) throw new LibraryException("idleLock.badMinutes", minutes);
        db.transaction(c -> {
            LibraryState.put(c, KEY, String.valueOf(minutes));
            audit.append(c, "idle-lock", "{\"minutes\": " + minutes + "}");
            return null;
        });
    }
}
