package org.sandtray.export;

import org.sandtray.library.Library;

import java.nio.file.Path;

/** For tests outside this package: the case library (names planted everywhere, real photos). */
public final class CaseLibraries {
    private CaseLibraries() {}

    /** The open library and its two sessions: the group session (3 stills) and S01's later individual one. */
    public record Club(Library library, long groupSession, long laterSession) {}

    public static Club create(Path folder) throws Exception {
        CaseLibrary c = CaseLibrary.create(folder);
        return new Club(c.library, c.groupSession, c.laterSession);
    }

    /** Made and closed, so a command can open it. */
    public static void createClosed(Path folder) throws Exception {
        CaseLibrary.create(folder).library.close();
    }
}
