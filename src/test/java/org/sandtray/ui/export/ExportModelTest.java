package org.sandtray.ui.export;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.export.CaseLibraries;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.vision.BlurRegion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.junit.jupiter.api.Assertions.*;

/** The export dialog's rules without a screen: real library, real photos, real detectors, work on the caller's thread. */
class ExportModelTest {
    @TempDir
    Path tmp;
    CaseLibraries.Club club;
    ExportModel model;
    final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        club = CaseLibraries.create(tmp.resolve("library"));
        model = new ExportModel(club.library(), new Messages(Locale.SIMPLIFIED_CHINESE), Background.direct(),
                club.groupSession(), null, opened::add);
    }

    @AfterEach
    void close() {
        club.library().close();
    }

    @Test
    void identifiableIsOfferedOnlyWhenEveryStudentHasPhotoConsent() {
        assertFalse(model.identifiableAllowed().get(), "S03 has no photo consent");
        assertTrue(model.consentMessage().get().contains("S03"), model.consentMessage().get());
        assertTrue(model.canCheck().get());
        model.identifiable().set(true);
        assertFalse(model.canCheck().get(), "identifiable without consent cannot go on");
        model.identifiable().set(false);
        model.ofStudent().set(true);
        model.student().set("S01");
        assertTrue(model.identifiableAllowed().get(), "S01 has photo consent");
        assertEquals("", model.consentMessage().get());
    }

    @Test
    void everyPictureIsShownWithItsRegionsBeforeAnythingIsWritten() {
        assertFalse(model.canExport().get(), "nothing can be written before the pictures are checked");
        model.check();
        assertEquals(ExportModel.State.READY, model.state().get(), model.status().get());
        assertEquals(3, model.items().size());
        for (ExportModel.Item item : model.items()) assertNotNull(item.shown().get(), "each picture is shown blurred");
        ExportModel.Item messi = model.items().get(0);
        assertTrue(messi.regions().stream().anyMatch(r -> r.kind() == BlurRegion.Kind.FACE), messi.regions().toString());
        assertTrue(model.canExport().get());
        assertTrue(model.status().get().contains("已检查 3 张照片"), model.status().get());

        model.wholeFrame().set(true);
        assertEquals(ExportModel.State.CHOOSING, model.state().get(), "a new framing needs a new check");
        assertTrue(model.items().isEmpty());
        assertFalse(model.canExport().get());
    }

    @Test
    void theCounselorsRegionsAreWhatIsBlurredAndEachChangeCanBeUndone() throws Exception {
        model.check();
        ExportModel.Item messi = model.items().get(2); // messi5.jpg, no tray setup: the whole picture, 548x342
        int found = messi.regions().size();
        BlurRegion face = messi.regions().stream().filter(r -> r.kind() == BlurRegion.Kind.FACE).findFirst().orElseThrow();
        byte[] before = messi.shown().get();

        // the counselor blurs the ball (lower right) and un-blurs the face (say, it was a poster)
        model.addRegion(messi, 0.62, 0.80, 0.72, 0.97);
        assertEquals(found + 1, messi.regions().size());
        assertNotSame(before, messi.shown().get(), "the picture is shown again with the new blur");
        assertTrue(model.removeRegionAt(messi, face.x() + face.width() / 2, face.y() + face.height() / 2));
        assertFalse(messi.regions().contains(face));
        assertTrue(model.undo(), "Ctrl+Z brings the face region back");
        assertTrue(messi.regions().contains(face));
        assertTrue(model.removeRegionAt(messi, face.x() + face.width() / 2, face.y() + face.height() / 2));
        assertFalse(model.removeRegionAt(messi, 0.02, 0.02), "a click where nothing is blurred changes nothing");

        Path out = tmp.resolve("研讨");
        model.export(out);
        assertEquals(ExportModel.State.DONE, model.state().get(), model.status().get());
        assertEquals(out.toAbsolutePath(), model.folder().get());
        byte[] exported = Files.readAllBytes(out.resolve("stills/session1_still03.jpg"));
        byte[] original = Files.readAllBytes(Path.of("fixtures/real/messi5.jpg"));
        double faceNow = detail(exported, 217, 92, 256, 134);
        double faceThen = detail(original, 217, 92, 256, 134);
        double ballNow = detail(exported, 345, 285, 385, 330);
        double ballThen = detail(original, 345, 285, 385, 330);
        assertTrue(faceNow > 0.5 * faceThen, "the face the counselor un-blurred is exported sharp: " + faceThen + " -> " + faceNow);
        assertTrue(ballNow < 0.1 * ballThen, "the region the counselor drew is exported blurred: " + ballThen + " -> " + ballNow);

        model.openFolder();
        assertEquals(List.of(out.toAbsolutePath()), opened);
    }

    @Test
    void aStudentsExportCanBeChosenAndAFailureIsSaidInTheWindowsLanguage() throws Exception {
        model.ofStudent().set(true);
        model.student().set("S01");
        model.check();
        assertEquals(4, model.items().size(), "three stills of the group session and one of the later one");
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("x.txt"), "x");
        model.export(busy);
        assertEquals(ExportModel.State.READY, model.state().get());
        assertTrue(model.status().get().contains("不是空文件夹"), model.status().get());
    }

    static double detail(byte[] jpeg, int left, int top, int right, int bottom) {
        try (Mat buffer = new Mat(jpeg); Mat grey = imdecode(buffer, IMREAD_GRAYSCALE);
             Rect r = new Rect(left, top, right - left, bottom - top); Mat part = new Mat(grey, r);
             Mat lap = new Mat(); Mat mean = new Mat(); Mat std = new Mat()) {
            Laplacian(part, lap, CV_64F);
            meanStdDev(lap, mean, std);
            double s = std.createIndexer().getDouble(0);
            return s * s;
        }
    }
}
