package org.sandtray.export;

import org.sandtray.library.LibraryException;

import java.time.LocalDate;

/**
 * What is exported: one session, or one student's sessions between two dates (both optional,
 * inclusive). Exactly one of sessionId and studentCode is set.
 */
public record ExportScope(Long sessionId, String studentCode, LocalDate from, LocalDate to) {

    public ExportScope {
        if ((sessionId == null) == (studentCode == null || studentCode.isBlank())) {
            throw new LibraryException("export.scopeNeeded");
        }
        if (from != null && to != null && to.isBefore(from)) throw new LibraryException("export.badRange", from, to);
    }

    public static ExportScope session(long id) {
        return new ExportScope(id, null, null, null);
    }

    public static ExportScope student(String code, LocalDate from, LocalDate to) {
        return new ExportScope(null, code, from, to);
    }

    public boolean ofStudent() { return studentCode != null; }

    /** Whether a session started on this day falls in the range. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
