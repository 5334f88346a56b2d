package org.sandtray.library;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The still folder is flushed after a rename where the OS can (not Windows, where opening a folder fails). */
class FolderSyncTest {
    @Test
    void windowsSkipsTheFolderFlushEveryOtherOsDoesIt() {
        assertFalse(FileStillStore.folderSyncExists("Windows 10"));
        assertFalse(FileStillStore.folderSyncExists("Windows Server 2022"));
        assertTrue(FileStillStore.folderSyncExists("Linux"));
        assertTrue(FileStillStore.folderSyncExists("Mac OS X"));
    }
}
