package org.sandtray.capture;

import org.sandtray.library.Library;
import org.sandtray.library.Stills;

/** Stores captured stills in a session of the library (round and student where known). */
public final class LibraryStillSink implements StillSink {
    private final Library library;
    private final long sessionId;
    private final Integer round;
    private final String studentCode;

    public LibraryStillSink(Library library, long sessionId, Integer round, String studentCode) {
        this.library = library;
        this.sessionId = sessionId;
        this.round = round;
        this.studentCode = studentCode;
    }

    @Override
    public long store(CapturedStill still) {
        return library.stills().add(still.jpeg(), new Stills.Meta(sessionId, still.takenAt(), round, studentCode, null,
                still.source())).id();
    }
}
