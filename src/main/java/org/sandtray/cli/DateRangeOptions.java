package org.sandtray.cli;

import org.sandtray.review.DateRange;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code --from YYYY-MM-DD --to YYYY-MM-DD}: a range of days, both included, either end open. */
final class DateRangeOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only sessions on or after this day.") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only sessions on or before this day.") String to;

    DateRange range() {
        return new DateRange(day("--from", from), day("--to", to));
    }

    private static LocalDate day(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandFailed("option.badDate", option, value);
        }
    }
}
