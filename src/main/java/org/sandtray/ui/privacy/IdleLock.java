package org.sandtray.ui.privacy;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sandtray.library.Library;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The idle lock of an encrypted library's window, as a view-model: every key or click counts as
 * activity; after the library's idle minutes without any, the screen locks. Locking hides names and
 * pictures (the view covers the window) and asks every registered cache to forget what it decoded;
 * the library stays open, so a capture that is running keeps storing stills. Only the passphrase
 * (checked against the library's keys) unlocks it.
 */
public final class IdleLock {
    private final Library library;
    private final Messages messages;
    private final LongSupplier clockMillis;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> forgetters = new ArrayList<>();
    /** The same as {@link #locked}, readable from worker threads (the decoder refuses while locked). */
    private volatile boolean lockedNow;
    private long lastActivity;
    private long idleMillis;

    public IdleLock(Library library, Messages messages, LongSupplier clockMillis) {
        this.library = library;
        this.messages = messages;
        this.clockMillis = clockMillis;
        this.lastActivity = clockMillis.getAsLong();
        reload();
    }

    /** Reads the library's setting again (after it was changed). */
    public void reload() {
        idleMillis = library.encrypted() ? library.idleLock().minutes() * 60_000L : 0;
    }

    /** True when this library's screen can lock at all: an encrypted library with a lock time. */
    public boolean enabled() { return idleMillis > 0; }

    /** Something a cache holds that must leave memory when the screen locks (thumbnails, decoded stills). */
    public void onLock(Runnable forget) { forgetters.add(forget); }

    /** A key, a click or a move: the counselor is there. */
    public void activity() {
        if (!locked.get()) lastActivity = clockMillis.getAsLong();
    }

    /** Locks when the idle time has passed; called every few seconds by the view. */
    public void tick() {
        if (enabled() && !locked.get() && clockMillis.getAsLong() - lastActivity >= idleMillis) lock();
    }

    public void lock() {
        if (locked.get()) return;
        forgetters.forEach(Runnable::run);
        message.set(messages.get("lock.locked"));
        lockedNow = true;
        locked.set(true);
    }

    /**
     * Unlocks when the passphrase, or the recovery key (the counselor may have opened the library
     * with it), opens the library's keys; otherwise says so and stays locked.
     */
    public boolean unlock(String passphrase) {
        boolean ok = org.sandtray.library.crypto.RecoveryKey.parse(passphrase)
                .map(key -> library.unlocks(Secret.recoveryKey(key))).orElse(false);
        if (!ok) {
            try (Passphrase p = Passphrase.of(passphrase)) {
                ok = library.unlocks(Secret.passphrase(p));
            }
        }
        if (!ok) {
            message.set(messages.get("lock.wrong"));
            return false;
        }
        message.set("");
        lastActivity = clockMillis.getAsLong();
        lockedNow = false;
        locked.set(false);
        return true;
    }

    public ReadOnlyBooleanProperty locked() { return locked.getReadOnlyProperty(); }

    /** True while locked; safe on any thread. */
    public boolean isLocked() { return lockedNow; }

    /** A decoder that refuses while the screen is locked: no picture is decoded behind the lock pane. */
    public org.sandtray.ui.StillDecoder guard(org.sandtray.ui.StillDecoder decoder) {
        return (still, width) -> {
            if (lockedNow) throw new java.io.IOException("the screen is locked");
            return decoder.decode(still, width);
        };
    }

    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
}
