package org.sandtray.review;

import org.sandtray.domain.InvalidValue;

import java.time.LocalDate;
import java.time.Month;

/**
 * Days from one date to another, both included; either end may be open (null). A school year in
 * China runs from September 1 to August 31.
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** Every day. */
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) throw new InvalidValue("review.badDateRange", from, to);
    }

    /** The school year the day falls in: September 1 to August 31. */
    public static DateRange schoolYearOf(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return new DateRange(LocalDate.of(startYear, Month.SEPTEMBER, 1), LocalDate.of(startYear + 1, Month.AUGUST, 31));
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
