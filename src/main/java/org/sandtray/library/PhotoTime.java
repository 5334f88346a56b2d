package org.sandtray.library;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a photo was taken, by the camera's own clock: EXIF DateTimeOriginal, with its sub-seconds
 * (SubSecTimeOriginal) and its offset from UTC (OffsetTimeOriginal) where the camera wrote one.
 * Without an offset the time is read in the given zone (the counselor's PC and phone are in the
 * same school). A blank, zero or unreadable date, or one before 1990 or more than a day ahead of
 * now (a camera whose clock was never set), counts as no EXIF time.
 */
final class PhotoTime {
    private static final Logger log = LoggerFactory.getLogger(PhotoTime.class);
    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private PhotoTime() {}

    static Optional<Instant> original(byte[] image, ZoneId zone) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            log.debug("no readable metadata in the photo: {}", e.toString());
            return Optional.empty();
        }
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            Optional<Instant> t = parse(exif.getString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
                    exif.getString(ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL),
                    exif.getString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL), zone);
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    static Optional<Instant> parse(String dateTime, String subSeconds, String offset, ZoneId zone) {
        if (dateTime == null || dateTime.isBlank()) return Optional.empty();
        try {
            LocalDateTime local = LocalDateTime.parse(dateTime.strip(), EXIF);
            String digits = subSeconds == null ? "" : subSeconds.strip();
            if (digits.matches("\\d{1,9}")) {
                local = local.plusNanos(Long.parseLong((digits + "000000000").substring(0, 9)));
            }
            Instant at = offset != null && offset.strip().matches("[+-]\\d{2}:\\d{2}")
                    ? local.toInstant(ZoneOffset.of(offset.strip()))
                    : local.atZone(zone).toInstant();
            if (at.isBefore(EARLIEST) || at.isAfter(Instant.now().plus(1, ChronoUnit.DAYS))) {
                log.info("ignoring the photo's EXIF time {}: the camera's clock was not set", dateTime);
                return Optional.empty();
            }
            return Optional.of(at.truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeException e) {
            log.debug("unreadable EXIF time '{}': {}", dateTime, e.getMessage());
            return Optional.empty();
        }
    }
}
