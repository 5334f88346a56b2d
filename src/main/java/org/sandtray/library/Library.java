package org.sandtray.library;

import org.sandtray.library.crypto.DataKeys;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A counselor's library: one folder holding the SQLite database and the still files, locked
 * while open so that a second copy of the program cannot change it. An encrypted library opens
 * only with its passphrase or recovery key ({@link Secret}), checked before anything in the
 * folder can change; its sealed text and still files are then encrypted and decrypted by the
 * codec and the store handed to the repositories (decisions/0024).
 */
public final class Library implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final Path folder;
    private final LibraryLock lock;
    private final Database database;
    private final FileStillStore store;
    private final FieldCodec codec;
    /** The data keys of an encrypted library; null for a plain one. */
    private final DataKeys keys;
    private final Consents consents;
    private final StudentTrail trail;

    private final Students students;
    private final Groups groups;
    private final Sessions sessions;
    private final Turns turns;
    private final Figures figures;
    private final Stills stills;
    private final Placements placements;
    private final Annotations annotations;
    private final AuditLog audit;
    private final TraySetups traySetups;

    /** What SQLite's structural check found wrong with the database; empty when it is sound. */
    private final List<String> damage;
    /** What opening finished or undid of writes a crash interrupted. */
    private StillStore.Recovery recovered = new StillStore.Recovery(0, 0);

    private Library(Path folder, LibraryLock lock, Database database, DataKeys keys, boolean durable, List<String> damage) {
        this.folder = folder;
        this.damage = List.copyOf(damage);
        this.lock = lock;
        this.database = database;
        this.keys = keys;
        this.store = new FileStillStore(folder, durable, keys == null ? StillCipher.PLAIN : StillCipher.encrypted(keys));
        this.codec = keys == null ? FieldCodec.PLAIN : new SealedText(keys);
        this.audit = new AuditLog(database, codec, lineHash(keys));
        this.students = new Students(database, codec);
        this.groups = new Groups(database, codec, audit);
        this.figures = new Figures(database, store);
        this.sessions = new Sessions(database, codec, audit);
        this.turns = new Turns(database, codec);
        this.stills = new Stills(database, store, codec, audit);
        this.placements = new Placements(database, codec);
        this.annotations = new Annotations(database, codec);
        this.traySetups = new TraySetups(database);
        this.consents = new Consents(database);
        this.trail = new StudentTrail(database, codec);
    }

    /** The audit chain's hash: SHA-256 in a plain library, a keyed hash (not recomputable without the passphrase) in an encrypted one. */
    static java.util.function.Function<byte[], String> lineHash(DataKeys keys) {
        if (keys == null) return AuditLog::sha256;
        byte[] tag = "audit\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return line -> {
            byte[] input = new byte[tag.length + line.length];
            System.arraycopy(tag, 0, input, 0, tag.length);
            System.arraycopy(line, 0, input, tag.length, line.length);
            return "k:" + ContentHash.hex(keys.keyedHash(input));
        };
    }

    /**
     * Opens the library in the folder. Never creates one: a folder without a library, or with a
     * database that is empty or not a database, is refused with what to do, and nothing in it is
     * changed.
     */
    public static Library open(Path folder, String openedBy) {
        return open(folder, openedBy, null, true);
    }

    /**
     * Opens the library, unlocking it with the secret when it is encrypted. A missing or wrong
     * secret is refused before anything in the folder changes.
     */
    public static Library open(Path folder, String openedBy, Secret secret) {
        return open(folder, openedBy, secret, true);
    }

    /** @see #open(Path, String, Secret, boolean) */
    public static Library open(Path folder, String openedBy, boolean durable) {
        return open(folder, openedBy, null, durable);
    }

    /**
     * @param secret  the passphrase or recovery key of an encrypted library (ignored for a plain one)
     * @param durable flush still files to disk before their rows are committed; off only for
     *                generating throw-away benchmark libraries
     */
    public static Library open(Path folder, String openedBy, Secret secret, boolean durable) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireOpenable(dir);
        return start(dir, openedBy, durable, Mode.OPEN, secret, null);
    }

    /** True when the folder holds an encrypted library (its passphrase is needed to open it). */
    public static boolean isEncrypted(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireOpenable(dir);
        return Database.peek(dir, c -> Keyring.read(c).isPresent());
    }

    /**
     * Opens the library even if its database is damaged, for check and salvage and the window's
     * read-only view: then {@link #damage()} says what is wrong and every change is refused
     * before it writes. A sound library opens as with {@link #open(Path, String)}.
     */
    public static Library openEvenIfDamaged(Path folder, String openedBy) {
        return openEvenIfDamaged(folder, openedBy, null);
    }

    /** @see #openEvenIfDamaged(Path, String) */
    public static Library openEvenIfDamaged(Path folder, String openedBy, Secret secret) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireOpenable(dir);
        return start(dir, openedBy, true, Mode.OPEN_EVEN_IF_DAMAGED, secret, null);
    }

    /**
     * Creates a new library (with the default figure catalogue) in the folder, making the folder
     * if needed, and opens it. Refused where a library, or what is left of one, is already there.
     */
    public static Library create(Path folder, String openedBy) {
        return create(folder, openedBy, null, true);
    }

    /** @see #open(Path, String, Secret, boolean) */
    public static Library create(Path folder, String openedBy, boolean durable) {
        return create(folder, openedBy, null, durable);
    }

    /**
     * Creates a new library, encrypted with new random data keys wrapped by the passphrase and by
     * the recovery key (show it to the counselor: it is not stored), or plain when keys is null.
     */
    public static Library create(Path folder, String openedBy, Secret.NewKeys keys) {
        return create(folder, openedBy, keys, true);
    }

    /** @see #create(Path, String, Secret.NewKeys) */
    public static Library create(Path folder, String openedBy, Secret.NewKeys keys, boolean durable) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireCreatable(dir);
        return start(dir, openedBy, durable, Mode.CREATE, null, keys);
    }

    /**
     * A new library without the default catalogue: salvage fills it with the old library's rows.
     * It takes the old library's keyring and keys when that one is encrypted, so its sealed values
     * and files copy across as they are and the same passphrase opens it.
     */
    static Library createForSalvage(Path folder, String openedBy, Library from) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireCreatable(dir);
        return start(dir, openedBy, true, Mode.CREATE_EMPTY, null, from.keys == null ? null : new Salvaged(from));
    }

    /** Keys taken over from another library (salvage): its keyring row and its data keys. */
    private static final class Salvaged {
        final Keyring.Stored keyring;
        final DataKeys keys;

        Salvaged(Library from) {
            this.keyring = from.database.read(c -> Keyring.read(c).orElseThrow());
            this.keys = from.keys;
        }
    }

    /** How a library is started: opened (refused if damaged, or read-only), or made (with the catalogue, or empty for salvage). */
    private enum Mode {
        OPEN, OPEN_EVEN_IF_DAMAGED, CREATE, CREATE_EMPTY;

        boolean creates() { return this == CREATE || this == CREATE_EMPTY; }
    }

    private static Library start(Path dir, String openedBy, boolean durable, Mode mode, Secret secret, Object newKeys) {
        boolean create = mode.creates();
        boolean maybeDamaged = mode == Mode.OPEN_EVEN_IF_DAMAGED;
        if (!Files.isWritable(dir)) throw new LibraryException("library.folderReadOnly", dir);
        LibraryLock lock = LibraryLock.acquire(dir);
        Database database = null;
        boolean making = false;
        try {
            // checked again under the lock: another copy may have created or changed it meanwhile
            if (create) LibraryFiles.requireCreatable(dir); else LibraryFiles.requireOpenable(dir);
            // an encrypted library's secret is checked before anything is migrated, recovered or recorded; the slow key
            // derivation runs beside the opening's reading (connection, structural check) when nothing is to be migrated
            Unlocking unlocking = create ? Unlocking.NONE : Unlocking.start(dir, secret, maybeDamaged);
            if (unlocking.mustFinishFirst) unlocking.keys();
            making = create; // from here on, files in the folder are this creation's own
            database = Database.open(dir, durable, create, maybeDamaged);
            // a damaged page must be found before any command answers from it or writes next to it
            List<String> damage = create ? List.of() : database.structuralProblems(DAMAGE_LINES);
            DataKeys keys = unlocking.keys();
            if (newKeys != null) keys = writeKeyring(database, newKeys);
            Library library = new Library(dir, lock, database, keys, durable, damage);
            if (!damage.isEmpty()) {
                log.info("the library database at {} is damaged: {}", dir, damage);
                if (!maybeDamaged) throw new LibraryException("library.damaged", dir);
                database.refuseWrites(org.sandtray.domain.Problem.of("library.damagedReadOnly", dir));
                return library; // nothing is recovered or recorded in a database that cannot be trusted
            }
            library.finishInterruptedWrites();
            if (mode == Mode.CREATE) library.figures.importDefaultCatalogue();
            try {
                library.audit.chainUnchained();
                library.audit.record(create ? "create" : "open", openedBy);
            } catch (LibraryException e) {
                // a full disk must not stop the counselor from reading or checking; every write says why it fails
                if (create || !IoProblems.isDiskFull(e)) throw e;
                log.info("the opening of {} could not be recorded in the audit log: the disk is full", dir);
            }
            return library;
        } catch (RuntimeException | IOException e) {
            if (database != null) database.close();
            if (making) LibraryFiles.undoCreate(dir); // half a library would be refused by the next init
            lock.close();
            if (e instanceof LibraryException le) throw le;
            if (e instanceof IOException io) throw new LibraryException(IoProblems.of(io, dir, dir), io);
            throw (RuntimeException) e;
        }
    }

    /**
     * The data keys of an encrypted library being unlocked by the secret, on a thread of their own
     * (Argon2id takes a good part of a second; the opening reads meanwhile); none for a plain library.
     */
    private static final class Unlocking {
        static final Unlocking NONE = new Unlocking(null, false);

        private final java.util.concurrent.CompletableFuture<DataKeys> keys;
        /** The schema is behind: migrating writes, so the secret must be checked before. */
        final boolean mustFinishFirst;

        private Unlocking(java.util.concurrent.CompletableFuture<DataKeys> keys, boolean mustFinishFirst) {
            this.keys = keys;
            this.mustFinishFirst = mustFinishFirst;
        }

        static Unlocking start(Path dir, Secret secret, boolean maybeDamaged) {
            Optional<Keyring.Stored> stored;
            boolean behind;
            try {
                var peeked = Database.peek(dir, c -> new Object[] {Keyring.read(c), Database.behind(c)});
                @SuppressWarnings("unchecked") Optional<Keyring.Stored> k = (Optional<Keyring.Stored>) peeked[0];
                stored = k;
                behind = (Boolean) peeked[1];
            } catch (LibraryException e) {
                // a damaged file is reported by the opening that follows; it may hold no keyring at all
                if (maybeDamaged || "library.damaged".equals(e.problem().key())) return NONE;
                throw e;
            }
            if (stored.isEmpty()) return NONE;
            if (secret == null) throw new LibraryException("library.needsPassphrase");
            var future = new java.util.concurrent.CompletableFuture<DataKeys>();
            Thread t = new Thread(() -> {
                try {
                    future.complete(Keyring.unlock(stored.get(), secret));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }, "unlock");
            t.setDaemon(true);
            t.start();
            return new Unlocking(future, behind);
        }

        DataKeys keys() {
            if (keys == null) return null;
            try {
                return keys.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }
    }

    private static DataKeys writeKeyring(Database database, Object newKeys) {
        if (newKeys instanceof Salvaged salvaged) {
            database.transaction(c -> {
                Keyring.write(c, salvaged.keyring);
                return null;
            });
            return salvaged.keys;
        }
        Secret.NewKeys k = (Secret.NewKeys) newKeys;
        DataKeys keys = DataKeys.generate();
        Keyring.Stored stored = Keyring.make(keys, k.passphrase(), k.recoveryKey(), k.kdf());
        database.transaction(c -> {
            Keyring.write(c, stored);
            return null;
        });
        return keys;
    }

    /** How many of SQLite's lines about a damaged database are kept (check lists them all). */
    private static final int DAMAGE_LINES = 20;

    /** Rolls forward a still whose row was committed before a crash, removes one that never was. */
    private void finishInterruptedWrites() throws IOException {
        StillStore.Recovery recovery = store.recover(entry -> database.read(c -> {
            try (var s = c.prepareStatement("SELECT 1 FROM stills WHERE content_hash = ? AND media_type = ? "
                    + "UNION ALL SELECT 1 FROM figures WHERE photo_hash = ? AND ? = 'jpg' LIMIT 1")) {
                s.setString(1, entry.hash());
                s.setString(2, "png".equals(entry.extension()) ? "image/png" : "image/jpeg");
                s.setString(3, entry.hash());
                s.setString(4, entry.extension());
                try (var r = s.executeQuery()) {
                    return r.next();
                }
            }
        }));
        recovered = recovery;
        int removed = PendingDeletions.finish(database, folder);
        if (removed > 0) log.info("removed {} still files an erasure or encryption had left to remove", removed);
        if (!recovery.nothing()) {
            log.info("finished {} and undid {} still writes interrupted when the program last stopped", recovery.rolledForward(),
                    recovery.removed());
            audit.record("recover", recovery.rolledForward() + " still files moved into place, " + recovery.removed()
                    + " unfinished files removed");
        }
    }

    /** True when the folder holds a library database (which may still turn out to be damaged). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(Database.FILE_NAME));
    }

    public Path folder() { return folder; }

    public Students students() { return students; }

    public Groups groups() { return groups; }

    public Sessions sessions() { return sessions; }

    public Turns turns() { return turns; }

    public Figures figures() { return figures; }

    public Stills stills() { return stills; }

    public Placements placements() { return placements; }

    public Annotations annotations() { return annotations; }

    public AuditLog audit() { return audit; }

    public TraySetups traySetups() { return traySetups; }

    /** A student's turns, placements and sessions across the library, for the timeline. */
    public StudentTrail studentTrail() { return trail; }

    /** The consent rules (the same for the window and the command line). */
    public Consents consents() { return consents; }

    /** True when the library is encrypted at rest. */
    public boolean encrypted() { return keys != null; }

    /**
     * True when the secret unlocks this library (the window's idle lock asks for the passphrase
     * again); always false for a plain library. Nothing is changed.
     */
    public boolean unlocks(Secret secret) {
        if (keys == null) return false;
        Keyring.Stored stored = database.read(c -> Keyring.read(c).orElseThrow());
        try {
            Keyring.unlock(stored, secret);
            return true;
        } catch (LibraryException e) {
            return false;
        }
    }

    /**
     * Wraps the same data keys under a new passphrase (nothing is re-encrypted; the recovery key
     * keeps working) and records it in the audit log.
     */
    public void changePassphrase(Passphrase next, KdfParameters kdf) {
        if (keys == null) throw new LibraryException("library.notEncrypted", folder);
        if (next.length() < Passphrase.MIN_LENGTH) throw new LibraryException("passphrase.tooShort", Passphrase.MIN_LENGTH);
        Keyring.Stored stored = database.read(c -> Keyring.read(c).orElseThrow());
        Keyring.Stored rewrapped = Keyring.rewrap(stored, keys, next, kdf);
        database.transaction(c -> {
            Keyring.write(c, rewrapped);
            audit.append(c, "passphrase-changed", "{\"kdf\": \"argon2id\", \"memory_kib\": " + kdf.memoryKiB()
                    + ", \"iterations\": " + kdf.iterations() + ", \"parallelism\": " + kdf.parallelism() + "}");
            return null;
        });
    }

    /**
     * Encrypts this plain library in place (decisions/0024): new data keys wrapped by the
     * passphrase and the recovery key, every sealed column and still file encrypted, the database
     * compacted so no plain page is left. Write and verify a backup first ({@link Backup}); close
     * the library afterwards and open it again with its passphrase.
     *
     * @return how many still files were encrypted
     */
    public int encrypt(Secret.NewKeys newKeys) {
        return Encryption.run(this, newKeys).files();
    }

    /** Retention: leaving dates, the years records are kept after, who is due. */
    public Retention retention() { return new Retention(database, codec, audit); }

    /** After how many idle minutes the window locks the screen. */
    public IdleLockSetting idleLock() { return new IdleLockSetting(database, audit); }

    /** Erasing a pupil completely. */
    public Erasure erasure() { return new Erasure(database, codec, audit, folder); }

    /** The data keys of an encrypted library, for the classes of this package that convert or copy it. */
    DataKeys keys() { return keys; }

    public FieldCodec codec() { return codec; }

    /** Read access for queries that span the library (timeline, check, export). */
    public Database database() { return database; }

    public StillStore store() { return store; }

    public LibraryCheck check() { return new LibraryCheck(database, store, damage, audit); }

    /** What SQLite's structural check found wrong when the library was opened; empty when sound. */
    public List<String> damage() { return damage; }

    /** What opening finished (rows committed, files not yet in place) or undid (never committed) after a crash. */
    public StillStore.Recovery recovered() { return recovered; }

    /** True when the database is damaged: the library is open read-only (see {@link #openEvenIfDamaged}). */
    public boolean damaged() { return !damage.isEmpty(); }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
