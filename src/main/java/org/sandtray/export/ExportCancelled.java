package org.sandtray.export;

import org.sandtray.library.LibraryException;

/** The counselor cancelled the export; nothing of it is left on disk. */
public final class ExportCancelled extends LibraryException {
    public ExportCancelled() {
        super("export.cancelled");
    }
}
