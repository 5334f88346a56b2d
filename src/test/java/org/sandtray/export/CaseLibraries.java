package org.sandtray.export;

import java.nio.file.Path;

/** For tests outside this package: the case library, made and closed so a command can open it. */
public final class CaseLibraries {
    private CaseLibraries() {}

    public static void createClosed(Path folder) throws Exception {
        CaseLibrary.create(folder).library.close();
    }
}
