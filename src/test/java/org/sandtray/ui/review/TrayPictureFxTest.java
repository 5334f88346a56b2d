package org.sandtray.ui.review;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sandtray.domain.Student;
import org.sandtray.ui.tagging.StudentColours;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a review picture draws, read back from its pixels (headless): each pupil's markers in their
 * colour, a followed pupil's in colour and everybody else's grey, the figure placed just then ringed.
 */
class TrayPictureFxTest {
    private final Pin tiger = new Pin(1, 0.25, 0.5, "老虎", "A", false, null, false);
    private final Pin bridge = new Pin(2, 0.75, 0.5, "小桥", "B", false, null, true);
    private final StudentColours colours = new StudentColours(List.of(new Student(1, "A", "a", null, null, null, null),
            new Student(2, "B", "b", null, null, null, null)), List.of("A", "B"));

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Draws the pins on an empty tray 400x300, returns the picture's pixels and where each pin is. */
    private WritableImage draw(String followed, AtomicReference<TrayPicture> shown) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TrayPicture p = new TrayPicture(9, true);
            p.colours(colours);
            p.follow(followed);
            p.show(new PinnedStill(null, List.of(tiger, bridge)));
            StackPane root = new StackPane(p);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 400, 300));
            stage.show();
            root.applyCss();
            root.layout();
            shown.set(p);
            WritableImage image = p.snapshot(null, null);
            stage.close();
            return image;
        }).get();
    }

    private static Color at(WritableImage image, double[] spot) {
        return image.getPixelReader().getColor((int) Math.round(spot[0]), (int) Math.round(spot[1]));
    }

    private static void near(Color expected, Color seen, String what) {
        assertTrue(Math.abs(expected.getRed() - seen.getRed()) < 0.06 && Math.abs(expected.getGreen() - seen.getGreen()) < 0.06
                && Math.abs(expected.getBlue() - seen.getBlue()) < 0.06, what + ": expected " + expected + ", saw " + seen);
    }

    @Test
    void everyPupilInTheirColourAndTheFigureOfTheTurnRinged() throws Exception {
        AtomicReference<TrayPicture> p = new AtomicReference<>();
        WritableImage image = draw(null, p);
        near(colours.of("A"), at(image, p.get().spot(tiger)), "A's tiger");
        near(colours.of("B"), at(image, p.get().spot(bridge)), "B's bridge");
        double[] b = p.get().spot(bridge);
        near(Color.YELLOW, at(image, new double[] {b[0], b[1] - 18}), "the ring round the figure placed just then");
        double[] t = p.get().spot(tiger);
        assertNotEquals(Color.YELLOW, at(image, new double[] {t[0], t[1] - 18}), "no ring round a figure standing from before");
    }

    @Test
    void aFollowedPupilsMarkersStayInColourAndEverybodyElsesTurnGrey() throws Exception {
        AtomicReference<TrayPicture> p = new AtomicReference<>();
        WritableImage image = draw("B", p);
        near(colours.of("B"), at(image, p.get().spot(bridge)), "the followed pupil's bridge");
        Color other = at(image, p.get().spot(tiger));
        assertTrue(other.getSaturation() < 0.25, "A's tiger is grey while B is followed: " + other);
    }
}
