package org.sandtray.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Fixtures;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.LyingImages;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Imported images are decoded, not only parsed; a stored file is trusted only if its bytes still hash to its name. */
class ImportedPixelsTest {
    @TempDir
    Path tmp;
    Path lib;
    long session;

    @BeforeEach
    void library() throws Exception {
        lib = tmp.resolve("library");
        Cli.ok(lib, "init");
        Cli.ok(lib, "student", "import", Files.writeString(tmp.resolve("r.csv"), "code,name,grade,class,photo_consent\nS01,王小明,5,2,yes\n").toString());
        session = Cli.ok(lib, "session", "start", "--student", "S01").id();
    }

    @Test
    void imagesWhoseHeaderPromisesMoreThanTheirDataHoldAreRefused() throws Exception {
        for (Path lying : new Path[] {LyingImages.png(tmp, "short.png"), LyingImages.jpeg(tmp, "cut.jpg"), LyingImages.tallJpeg(tmp, "tall.jpg")}) {
            Cli.Result r = Cli.run(lib, "still", "import", "--session", String.valueOf(session), lying.toString());
            assertEquals(1, r.code(), lying + ": " + r);
            assertTrue(r.err().contains(lying.getFileName() + ": damaged ") && r.err().contains("its picture data does not hold"), r.err());
        }
        assertEquals(0, Fixtures.stillFiles(lib).size(), "nothing was stored");
        assertEquals(0, Cli.run(lib, "check").code());
        // whole images of every kind the fixtures hold still import (a large PNG, a JPEG, a small PNG)
        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString(),
                Fixtures.SMARTIES_PNG.toString(), Fixtures.CHESSBOARD_PNG.toString());
    }

    @Test
    void aFigurePhotoIsDecodedToo() throws Exception {
        try (Library library = Library.open(lib, "test")) {
            long figure = library.figures().list().get(0).id();
            LibraryException e = assertThrows(LibraryException.class, () -> library.figures().setPhoto(figure, LyingImages.jpeg(tmp, "cut.jpg")));
            assertEquals("image.pixelsMissing", e.problem().key());
            library.figures().setPhoto(figure, Fixtures.STUFF_JPG);
            library.figures().setPhoto(figure, Fixtures.variant(Fixtures.STUFF_JPG, tmp, "other.jpg", 3, java.time.Instant.now()));
            assertTrue(library.check().run(true).ok(), "the replaced photo left no orphan: " + library.check().run(true).problems());
            assertEquals(1, Fixtures.stillFiles(lib).size());
        }
    }

    @Test
    void aDamagedCopyInTheStoreIsReplacedByTheGoodBytesOfANewImport() throws Exception {
        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString());
        String hash = Fixtures.sha256(Fixtures.STUFF_JPG);
        Path stored = lib.resolve("stills").resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
        byte[] damaged = Files.readAllBytes(stored);
        damaged[damaged.length / 2] ^= 0x10; // same size: a size check would trust it
        Files.write(stored, damaged);
        assertEquals(1, Cli.run(lib, "check").code(), "the damage is there");

        Cli.ok(lib, "still", "import", "--session", String.valueOf(session), Fixtures.STUFF_JPG.toString());
        assertArrayEquals(Files.readAllBytes(Fixtures.STUFF_JPG), Files.readAllBytes(stored), "the store's copy was replaced");
        assertEquals(0, Cli.run(lib, "check").code());
    }
}
