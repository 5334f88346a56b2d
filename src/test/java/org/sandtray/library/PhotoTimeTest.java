package org.sandtray.library;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.bench.SampleJpeg;
import org.sandtray.cli.Cli;
import org.sandtray.domain.Still;
import org.sandtray.domain.TakenAtSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An imported phone photo keeps the time its camera wrote (EXIF DateTimeOriginal), not the time the
 * file was copied; the record says which clock each still's time comes from. Real JPEGs made with
 * ExifTool from fixtures/real/stuff.jpg (see fixtures/real/README.md).
 */
class PhotoTimeTest {
    @TempDir
    Path tmp;

    static final Path EXIF = Path.of("fixtures/real/stuff-exif.jpg");
    static final Path EXIF_LOCAL = Path.of("fixtures/real/stuff-exif-local.jpg");
    static final Path EXIF_UNSET = Path.of("fixtures/real/stuff-exif-unset.jpg");
    static final Instant COPIED = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void eachStillSaysWhichClockItsTimeComesFrom() throws Exception {
        try (Library library = TestLibraries.create(tmp.resolve("lib"), "test")) {
            library.students().add(new Students.Draft("A", "安安", null, null, null, Fixtures.PHOTOS_ALLOWED));
            long session = library.sessions().startIndividual("A", null, Instant.now()).id();
            Path photos = tmp.resolve("photos");

            Still phone = library.stills().importFile(Fixtures.copy(EXIF, photos, "IMG_0001.jpg", COPIED), session, null, null);
            assertEquals(Instant.parse("2026-10-13T04:41:05.250Z"), phone.takenAt(), "12:41:05.250 at +08:00, not the copy's time");
            assertEquals(TakenAtSource.EXIF, phone.takenAtSource());

            Still local = library.stills().importFile(Fixtures.copy(EXIF_LOCAL, photos, "IMG_0002.jpg", COPIED), session, null, null);
            assertEquals(LocalDateTime.of(2026, 10, 13, 12, 41, 5).atZone(ZoneId.systemDefault()).toInstant(), local.takenAt(),
                    "without an offset the camera's clock is read in the PC's time zone");
            assertEquals(TakenAtSource.EXIF, local.takenAtSource());

            Still unset = library.stills().importFile(Fixtures.copy(EXIF_UNSET, photos, "IMG_0003.jpg", COPIED), session, null, null);
            assertEquals(COPIED, unset.takenAt(), "a camera clock never set (1980) is not believed: the file's time is used");
            assertEquals(TakenAtSource.FILE, unset.takenAtSource());

            Still plain = library.stills().importFile(Fixtures.copy(Fixtures.STUFF_JPG, photos, "scan.jpg", COPIED), session, null, null);
            assertEquals(COPIED, plain.takenAt());
            assertEquals(TakenAtSource.FILE, plain.takenAtSource());

            Still png = library.stills().importFile(Fixtures.copy(Fixtures.SMARTIES_PNG, photos, "s.png", COPIED), session, null, null);
            assertEquals(TakenAtSource.FILE, png.takenAtSource(), "a PNG without EXIF");

            Instant captured = Instant.parse("2026-11-02T10:00:00.123Z");
            Still camera = library.stills().add(SampleJpeg.textured(64, 48, 1), new Stills.Meta(session, captured, null, null, null, "demo"));
            assertEquals(captured, camera.takenAt());
            assertEquals(TakenAtSource.CAMERA, camera.takenAtSource());

            assertArrayEquals(Files.readAllBytes(EXIF), library.stills().open(phone).readAllBytes(), "the photo is stored as it was");
        }
    }

    @Test
    void sessionShowSaysWhichTimeWasUsed() throws Exception {
        Path lib = tmp.resolve("lib");
        Cli.ok(lib, "init");
        Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent,consent_date\nA,安安,5,2,yes,2025-09-01\n");
        Cli.ok(lib, "student", "import", tmp.resolve("r.csv").toString());
        long session = Cli.ok(lib, "session", "start", "--student", "A").id();
        Path photo = Fixtures.copy(EXIF, tmp.resolve("p"), "IMG_0001.jpg", COPIED);
        long still = Cli.ok(lib, "still", "import", "--session", String.valueOf(session), photo.toString()).id();
        JsonNode json = Cli.ok(lib, "session", "show", String.valueOf(session), "--format", "json").json();
        JsonNode s = json.get("stills").get(0);
        assertEquals(still, s.get("id").asLong());
        assertEquals("exif", s.get("takenAtSource").asText());
        assertEquals("2026-10-13T04:41:05.250Z", s.get("takenAt").asText());
    }

    @Test
    void exifTimesAreReadStrictly() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2026-10-13T04:41:05Z"), PhotoTime.parse("2026:10:13 12:41:05", null, null, shanghai).orElseThrow());
        assertEquals(Instant.parse("2026-10-13T12:41:05.070Z"), PhotoTime.parse("2026:10:13 12:41:05", "07", "+00:00", shanghai).orElseThrow());
        assertTrue(PhotoTime.parse("0000:00:00 00:00:00", null, null, shanghai).isEmpty());
        assertTrue(PhotoTime.parse("    :  :     :  :  ", null, null, shanghai).isEmpty());
        assertTrue(PhotoTime.parse("2026:02:30 10:00:00", null, null, shanghai).isEmpty(), "no 30 February");
        assertTrue(PhotoTime.parse("2099:01:01 00:00:00", null, null, shanghai).isEmpty(), "a clock set in the future");
        assertTrue(PhotoTime.original("not a photo".getBytes(), shanghai).isEmpty());
    }
}
