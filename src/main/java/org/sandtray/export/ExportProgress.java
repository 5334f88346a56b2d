package org.sandtray.export;

/** How far an export is: steps done of the total, and which part it is working on. */
@FunctionalInterface
public interface ExportProgress {
    /** The parts of an export, in the order they are written. */
    enum Step { READING, STILLS, PDF, DATA, FINISHING }

    void update(int done, int total, Step step);

    ExportProgress NONE = (done, total, step) -> { };
}
