package org.sandtray.library;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one text form of instants in the database: UTC with milliseconds, so text order is time order. */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public static String formatDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate parseDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
