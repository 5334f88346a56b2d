package org.sandtray.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A counselor's library: one folder holding the SQLite database and the still files, locked
 * while open so that a second copy of the program cannot change it.
 */
public final class Library implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final Path folder;
    private final LibraryLock lock;
    private final Database database;
    private final FileStillStore store;
    private final FieldCodec codec;

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

    private Library(Path folder, LibraryLock lock, Database database, FileStillStore store, FieldCodec codec, List<String> damage) {
        this.folder = folder;
        this.damage = List.copyOf(damage);
        this.lock = lock;
        this.database = database;
        this.store = store;
        this.codec = codec;
        this.students = new Students(database, codec);
        this.groups = new Groups(database);
        this.figures = new Figures(database, store);
        this.sessions = new Sessions(database, codec);
        this.turns = new Turns(database, codec);
        this.stills = new Stills(database, store);
        this.placements = new Placements(database, codec);
        this.annotations = new Annotations(database, codec);
        this.audit = new AuditLog(database);
        this.traySetups = new TraySetups(database);
    }

    /**
     * Opens the library in the folder. Never creates one: a folder without a library, or with a
     * database that is empty or not a database, is refused with what to do, and nothing in it is
     * changed.
     */
    public static Library open(Path folder, String openedBy) {
        return open(folder, openedBy, true);
    }

    /**
     * @param durable flush still files to disk before their rows are committed; off only for
     *                generating throw-away benchmark libraries
     */
    public static Library open(Path folder, String openedBy, boolean durable) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireOpenable(dir);
        return start(dir, openedBy, durable, Mode.OPEN);
    }

    /**
     * Opens the library even if its database is damaged, for check and salvage and the window's
     * read-only view: then {@link #damage()} says what is wrong and every change is refused
     * before it writes. A sound library opens as with {@link #open(Path, String)}.
     */
    public static Library openEvenIfDamaged(Path folder, String openedBy) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireOpenable(dir);
        return start(dir, openedBy, true, Mode.OPEN_EVEN_IF_DAMAGED);
    }

    /**
     * Creates a new library (with the default figure catalogue) in the folder, making the folder
     * if needed, and opens it. Refused where a library, or what is left of one, is already there.
     */
    public static Library create(Path folder, String openedBy) {
        return create(folder, openedBy, true);
    }

    /** @see #open(Path, String, boolean) */
    public static Library create(Path folder, String openedBy, boolean durable) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireCreatable(dir);
        return start(dir, openedBy, durable, Mode.CREATE);
    }

    /** A new library without the default catalogue: salvage fills it with the old library's rows. */
    static Library createForSalvage(Path folder, String openedBy) {
        Path dir = folder.toAbsolutePath().normalize();
        LibraryFiles.requireCreatable(dir);
        return start(dir, openedBy, true, Mode.CREATE_EMPTY);
    }

    /** How a library is started: opened (refused if damaged, or read-only), or made (with the catalogue, or empty for salvage). */
    private enum Mode {
        OPEN, OPEN_EVEN_IF_DAMAGED, CREATE, CREATE_EMPTY;

        boolean creates() { return this == CREATE || this == CREATE_EMPTY; }
    }

    private static Library start(Path dir, String openedBy, boolean durable, Mode mode) {
        boolean create = mode.creates();
        boolean maybeDamaged = mode == Mode.OPEN_EVEN_IF_DAMAGED;
        if (!Files.isWritable(dir)) throw new LibraryException("library.folderReadOnly", dir);
        LibraryLock lock = LibraryLock.acquire(dir);
        Database database = null;
        boolean making = false;
        try {
            // checked again under the lock: another copy may have created or changed it meanwhile
            if (create) LibraryFiles.requireCreatable(dir); else LibraryFiles.requireOpenable(dir);
            making = create; // from here on, files in the folder are this creation's own
            database = Database.open(dir, durable, create, maybeDamaged);
            // a damaged page must be found before any command answers from it or writes next to it
            List<String> damage = create ? List.of() : database.structuralProblems(DAMAGE_LINES);
            FileStillStore store = new FileStillStore(dir, durable);
            Library library = new Library(dir, lock, database, store, FieldCodec.PLAIN, damage);
            if (!damage.isEmpty()) {
                log.info("the library database at {} is damaged: {}", dir, damage);
                if (!maybeDamaged) throw new LibraryException("library.damaged", dir);
                database.refuseWrites(org.sandtray.domain.Problem.of("library.damagedReadOnly", dir));
                return library; // nothing is recovered or recorded in a database that cannot be trusted
            }
            library.finishInterruptedWrites();
            if (mode == Mode.CREATE) library.figures.importDefaultCatalogue();
            try {
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

    public FieldCodec codec() { return codec; }

    /** Read access for queries that span the library (timeline, check, export). */
    public Database database() { return database; }

    public StillStore store() { return store; }

    public LibraryCheck check() { return new LibraryCheck(database, store, damage); }

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
