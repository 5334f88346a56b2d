-- Sandtray Recorder library, version 6: privacy at rest (issue 9; written as version 4 beside issue 12's version 5, numbered after it when merged). Documented in docs/data-format.md
-- ("Schema version 6: privacy"). Only tables, columns and indexes are added: every row keeps its id.

-- The data keys of an encrypted library, wrapped twice: under the key Argon2id derives from the
-- passphrase (its parameters and salt here) and under the recovery key. No row: a plain library.
CREATE TABLE keyring (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    format             INTEGER NOT NULL,
    kdf                TEXT    NOT NULL CHECK (kdf = 'argon2id'),
    kdf_memory_kib     INTEGER NOT NULL,
    kdf_iterations     INTEGER NOT NULL,
    kdf_parallelism    INTEGER NOT NULL,
    passphrase_salt    BLOB    NOT NULL,
    by_passphrase      BLOB    NOT NULL,   -- the data keys, AES-256-GCM under the passphrase's key
    recovery_salt      BLOB    NOT NULL,
    by_recovery_key    BLOB    NOT NULL,   -- the data keys, AES-256-GCM under the recovery key (HKDF-SHA256)
    created_at         TEXT    NOT NULL,
    passphrase_changed_at TEXT NOT NULL
);

-- Small facts about the library: the audit chain's last line, the last backup, the retention setting.
CREATE TABLE library_state (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- Files to remove once the transaction that stopped naming them is committed (an erasure, the
-- plain files an encryption replaced); a crash before they are gone is finished at the next opening.
CREATE TABLE pending_deletions (
    file TEXT PRIMARY KEY            -- path inside the library folder, e.g. stills/3f/3f9a....jpg
);

-- A group's name is sealed (encrypted in an encrypted library): uniqueness and lookups go through
-- a key made from it (the name itself in a plain library, a keyed hash in an encrypted one).
ALTER TABLE groups ADD COLUMN name_key TEXT;
UPDATE groups SET name_key = name;
CREATE UNIQUE INDEX groups_name_key ON groups(name_key);

-- Retention: the day a pupil left the school; an erased pupil's row stays as "a former member"
-- (their turns and figures in group sessions keep their place), with the day of the erasure.
ALTER TABLE students ADD COLUMN left_on TEXT;
ALTER TABLE students ADD COLUMN erased_on TEXT;

-- A still taken in a group session while a member had no photo consent in force: stored, marked,
-- and always exported de-identified with blur.
ALTER TABLE stills ADD COLUMN no_photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (no_photo_consent IN (0, 1));

-- The audit chain: each line holds the hash of the line before it (SHA-256 in a plain library,
-- a keyed hash in an encrypted one), so a changed or deleted line is found by check.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
