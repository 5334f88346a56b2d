package org.sandtray.library;

/** One bad row of a CSV file: its line and the reason, in words a counselor can act on. */
public record CsvProblem(int line, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
