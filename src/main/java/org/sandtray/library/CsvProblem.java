package org.sandtray.library;

import org.sandtray.domain.Problem;

import java.util.List;

/** One bad row of a CSV file: its line and every reason it was refused, in words a counselor can act on. */
public record CsvProblem(int line, List<Problem> reasons) {
    public CsvProblem {
        reasons = List.copyOf(reasons);
    }

    CsvProblem(int line, Problem reason) {
        this(line, List.of(reason));
    }

    /** "line N: reason; reason". */
    public Problem problem() {
        return Problem.of("csv.line", line, reasons);
    }

    @Override
    public String toString() {
        return problem().english();
    }
}
