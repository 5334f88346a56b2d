package org.sandtray.library;

/** The library is already open in another copy of the program. */
public class LibraryLockedException extends LibraryException {
    private final long ownerPid;

    public LibraryLockedException(long ownerPid) {
        super(ownerPid > 0 ? "library.locked" : "library.lockedNoPid", ownerPid);
        this.ownerPid = ownerPid;
    }

    public long ownerPid() { return ownerPid; }
}
