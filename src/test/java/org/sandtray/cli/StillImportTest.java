package org.sandtray.cli;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Still;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Importing photographs of the tray: real JPEG and PNG files, and files that must be refused. */
class StillImportTest {

    @TempDir
    Path tmp;

    Path lib;
    long session;

    @BeforeEach
    void setUp() throws IOException {
        lib = tmp.resolve("library");
        Path roster = Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", roster.toString());
        session = Cli.ok(lib, "session", "start", "--student", "S01").id();
    }

    private List<Still> stills() {
        try (Library library = TestLibraries.open(lib, "test")) {
            return library.stills().list(session);
        }
    }

    @Test
    void aRealJpegAndPngAreStoredByTheirHash() throws IOException {
        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), "--round", "2",
                Fixtures.STUFF_JPG.toString(), Fixtures.SMARTIES_PNG.toString());
        assertEquals(0, r.code(), r.toString());
        List<Long> ids = r.out().lines().map(Long::parseLong).toList();
        assertEquals(2, ids.size(), "one new id per file: " + r.out());

        List<Still> stills = stills();
        assertEquals(2, stills.size());
        Still jpg = stills.stream().filter(s -> s.mediaType().equals("image/jpeg")).findFirst().orElseThrow();
        Still png = stills.stream().filter(s -> s.mediaType().equals("image/png")).findFirst().orElseThrow();
        assertEquals(List.of(jpg.id(), png.id()).stream().sorted().toList(), ids.stream().sorted().toList());

        String jpgHash = Fixtures.sha256(Fixtures.STUFF_JPG);
        Path jpgFile = Fixtures.storedFile(lib, jpg);
        assertTrue(Files.isRegularFile(jpgFile), jpgFile + " missing");
        assertArrayEquals(Files.readAllBytes(Fixtures.STUFF_JPG), Fixtures.storedBytes(lib, jpg.id()), "the photo comes back as it was");
        if (TestLibraries.encrypted()) {
            assertNotEquals(jpgHash, jpg.contentHash(), "an encrypted library's file name does not confirm a known photo");
        } else {
            assertEquals(jpgHash, Fixtures.sha256(jpgFile));
            assertEquals(jpgHash, jpg.contentHash());
        }
        assertEquals(640, jpg.width());
        assertEquals(480, jpg.height());
        assertEquals(Files.size(Fixtures.STUFF_JPG), jpg.bytes());
        assertEquals(2, jpg.round());

        Path pngFile = Fixtures.storedFile(lib, png);
        assertTrue(Files.isRegularFile(pngFile), pngFile + " missing");
        assertArrayEquals(Files.readAllBytes(Fixtures.SMARTIES_PNG), Fixtures.storedBytes(lib, png.id()));
        assertEquals(413, png.width());
        assertEquals(356, png.height());

        try (Library library = TestLibraries.open(lib, "test"); InputStream in = library.stills().open(png)) {
            assertArrayEquals(Files.readAllBytes(Fixtures.SMARTIES_PNG), in.readAllBytes(), "the bytes come back as stored");
        }
        assertEquals(2, Fixtures.stillFiles(lib).size(), "no temp file left: " + Fixtures.stillFiles(lib));
    }

    @Test
    void aLargeRealImageUnderTheLimitIsTaken() {
        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), Fixtures.CHESSBOARD_PNG.toString());
        assertEquals(0, r.code(), r.toString());
        Still still = stills().get(0);
        assertEquals(3595, still.width());
        assertEquals(3723, still.height());
    }

    private void assertRefused(Path file, String problem) throws IOException {
        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), file.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains(file.getFileName().toString()), "the message names the file: " + r.err());
        assertTrue(r.err().contains(problem), "the message says what is wrong (" + problem + "): " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out(), "no id printed");
        assertEquals(List.of(), stills(), "no row stored");
        assertEquals(List.of(), Fixtures.stillFiles(lib), "no file (nor temp file) stored");
    }

    @Test
    void aTextFileNamedJpgIsRefused() throws IOException {
        assertRefused(Fixtures.textNamedJpg(tmp, "photo.jpg"), "not a JPEG or PNG image");
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        assertRefused(Fixtures.truncatedCopy(Fixtures.STUFF_JPG, tmp, "half.jpg"), "truncated JPEG");
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        assertRefused(Fixtures.truncatedCopy(Fixtures.SMARTIES_PNG, tmp, "half.png"), "truncated PNG");
    }

    @Test
    void aPngWithABadChecksumIsRefused() throws IOException {
        assertRefused(Fixtures.badCrcPng(Fixtures.SMARTIES_PNG, tmp, "damaged.png"), "damaged PNG: checksum error in chunk IDAT");
    }

    @Test
    void anImageOver50MegapixelsIsRefused() throws IOException {
        assertRefused(Fixtures.craftedPng(tmp, "huge.png", 8000, 7000), "over the limit of 50 megapixels");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(Files.write(tmp.resolve("empty.jpg"), new byte[0]), "not a JPEG or PNG image");
    }

    @Test
    void oneBadFileAmongGoodOnesIsNamedAndTheGoodOnesAreReported() throws IOException {
        Path bad = Fixtures.truncatedCopy(Fixtures.STUFF_JPG, tmp, "broken.jpg");
        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session),
                Fixtures.SMARTIES_PNG.toString(), bad.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("1 of 2 file(s) not stored (the other 1 were)"), r.err());
        assertTrue(r.err().contains("broken.jpg: truncated JPEG"), r.err());
        assertEquals(1, stills().size());
        assertEquals(1, Fixtures.stillFiles(lib).size());
    }

    @Test
    void aPhonePhotoWithDataAfterTheEndOfImageIsTaken() throws IOException {
        // phones append data after a complete JPEG: Samsung's SEF trailer, the video of a "motion photo"
        byte[] jpeg = Files.readAllBytes(Fixtures.STUFF_JPG);
        byte[] trailer = new byte[6000];
        new java.util.Random(3).nextBytes(trailer);
        byte[] tag = "....ftypmp42SEFHSEFT".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(tag, 0, trailer, 0, tag.length);
        trailer[trailer.length - 1] = 0x42;
        byte[] photo = java.util.Arrays.copyOf(jpeg, jpeg.length + trailer.length);
        System.arraycopy(trailer, 0, photo, jpeg.length, trailer.length);
        Path file = Files.write(tmp.resolve("PXL_20261013_044000.MP.jpg"), photo);

        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), file.toString());
        assertEquals(0, r.code(), r.toString());
        Still still = stills().get(0);
        assertEquals(640, still.width());
        assertEquals(480, still.height());
        assertArrayEquals(photo, Fixtures.storedBytes(lib, still.id()), "the file is stored as it is");

        // the same photo cut off inside its picture data is still refused
        Path cut = Files.write(tmp.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length - 200));
        Cli.Result refused = Cli.run(lib, "still", "import", "--session", String.valueOf(session), cut.toString());
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("cut.jpg: truncated JPEG"), refused.err());
        assertEquals(1, stills().size());
    }

    @Test
    void aProgressiveJpegIsTakenWholeAndRefusedCut() throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(Fixtures.STUFF_JPG.toFile());
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var out = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        }
        writer.dispose();
        byte[] progressive = bytes.toByteArray();
        Path whole = Files.write(tmp.resolve("progressive.jpg"), progressive);
        Path cut = Files.write(tmp.resolve("progressive-cut.jpg"), java.util.Arrays.copyOf(progressive, progressive.length * 2 / 3));

        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), whole.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(640, stills().get(0).width());
        Cli.Result refused = Cli.run(lib, "still", "import", "--session", String.valueOf(session), cut.toString());
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("progressive-cut.jpg: truncated JPEG"), refused.err());
        assertEquals(1, stills().size());
    }

    @Test
    void importIntoAMissingSessionFailsCleanly() throws IOException {
        Cli.Result r = Cli.run(lib, "still", "import", "--session", "999", Fixtures.STUFF_JPG.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("no session with id 999"), r.err());
        assertEquals(List.of(), Fixtures.stillFiles(lib));
        assertEquals(0, Fixtures.count(lib, "stills"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), tmp.resolve("gone.jpg").toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("no such file") && r.err().contains("gone.jpg"), r.err());
        assertEquals(0, Fixtures.count(lib, "stills"));
    }

    @Test
    void theSamePhotoTwiceIsOneFileAndTwoStills() throws IOException {
        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString());
        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString());
        assertEquals(2, stills().size());
        assertEquals(1, Fixtures.stillFiles(lib).size());
        assertEquals(0, Cli.run(lib, "check").code());
    }
}
