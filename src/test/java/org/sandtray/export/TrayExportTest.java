package org.sandtray.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.capture.DemoTrayScene;
import org.sandtray.capture.StillEncoder;
import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The tray, not the room: a still taken under a tray setup is exported as the tray seen from above,
 * in the tray's proportions, and the hand reaching over the sand is blurred; --whole-frame keeps
 * the camera's frame.
 */
class TrayExportTest {
    @TempDir
    Path tmp;

    @Test
    void theTrayIsExportedTopDownWithTheHandBlurred() throws Exception {
        DemoTrayScene scene = DemoTrayScene.standard(1280, 720);
        DemoTrayScene.Visit visit = scene.visits().get(3);
        byte[] jpeg;
        try (Mat frame = new Mat()) {
            scene.render(frame, visit.startMillis() + DemoTrayScene.REACH_MILLIS + visit.holdMillis() / 2);
            jpeg = new StillEncoder(90).jpeg(frame);
        }
        try (Library library = Library.create(tmp.resolve("library"), "test")) {
            Consent yes = new Consent(ConsentKind.PHOTO, true, true, null, null);
            library.students().add(new Students.Draft("S01", "王小明", "5", "1", new Consent(ConsentKind.PARTICIPATION, true, true, null, null), yes));
            long session = library.sessions().startIndividual("S01", "托盘", Instant.parse("2026-03-03T04:40:00Z")).id();
            TraySetup setup = library.traySetups().add(scene.traySetup());
            library.stills().add(jpeg, new Stills.Meta(session, Instant.parse("2026-03-03T04:41:00Z"), 1, null, setup.id(), "test"));

            Path out = tmp.resolve("tray");
            new Exporter(library).export(ExportScope.session(session), new ExportOptions(EnumSet.of(ExportPart.STILLS, ExportPart.DATA),
                    false, false, Locale.ENGLISH, "", null), out, ExportProgress.NONE, () -> false);
            try (Mat m = imdecode(new Mat(Files.readAllBytes(out.resolve("stills/session1_still01.jpg"))), IMREAD_COLOR)) {
                double trayPixels = (double) scene.inside().width() * scene.inside().height();
                assertEquals(trayPixels, (double) m.cols() * m.rows(), trayPixels * 0.01, "as many pixels as the tray covers on the camera's image");
                assertEquals(setup.heightCm() / setup.widthCm(), (double) m.rows() / m.cols(), 0.01, "in the tray's proportions");
            }
            JsonNode json = new ObjectMapper().readTree(out.resolve("data/export.json").toFile());
            JsonNode blurred = json.at("/sessions/0/stills/0/blurred");
            boolean hand = false;
            for (JsonNode r : blurred) {
                if (!r.get("kind").asText().equals("hand")) continue;
                double fx = visit.x();
                double fy = visit.y();
                double x = r.get("x").asDouble();
                double y = r.get("y").asDouble();
                hand |= fx >= x && fx <= x + r.get("width").asDouble() && fy >= y && fy <= y + r.get("height").asDouble();
            }
            assertTrue(hand, "the hand over the spot it reaches is blurred: " + blurred);

            Path whole = tmp.resolve("whole");
            new Exporter(library).export(ExportScope.session(session), new ExportOptions(EnumSet.of(ExportPart.STILLS), false, true,
                    Locale.ENGLISH, "", Map.of()), whole, ExportProgress.NONE, () -> false);
            try (Mat m = imdecode(new Mat(Files.readAllBytes(whole.resolve("stills/session1_still01.jpg"))), IMREAD_COLOR)) {
                assertEquals(1280, m.cols());
                assertEquals(720, m.rows());
            }
        }
    }
}
