package org.sandtray.cli;

import org.sandtray.domain.InvalidValue;
import org.sandtray.domain.ImagePoint;
import org.sandtray.domain.TraySetup;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tray set}: the tray's inner corners on the camera image and its inside size, for a camera position. */
@Command(name = "tray", description = "Record where the tray is on the camera image.", subcommands = TrayCommand.Set.class)
final class TrayCommand {

    @Command(name = "set", description = "Record the tray's four inner corners (image pixels: top-left, top-right, "
            + "bottom-right, bottom-left) and inside size; prints the setup id.")
    static final class Set extends LibraryCommand {
        @Option(names = "--corners", required = true, paramLabel = "X1,Y1,X2,Y2,X3,Y3,X4,Y4") String corners;

        @Option(names = "--image", required = true, paramLabel = "WxH", description = "Size of the camera image, pixels.")
        String image;

        @Option(names = "--size", defaultValue = "72x57", paramLabel = "WxH",
                description = "Inside of the tray in cm, width x height as the camera sees it (default ${DEFAULT-VALUE}).")
        String size;

        @Option(names = "--session", paramLabel = "ID", description = "Use this setup for the session's next stills.")
        Long session;

        @Override
        int run(Library library) {
            double[] xy = numbers(corners, 8, "--corners");
            List<ImagePoint> points = new ArrayList<>();
            for (int i = 0; i < 4; i++) points.add(new ImagePoint(xy[2 * i], xy[2 * i + 1]));
            double[] img = numbers(image.replace('x', ','), 2, "--image");
            double[] cm = numbers(size.replace('x', ','), 2, "--size");
            TraySetup setup;
            try {
                setup = library.traySetups().add(new TraySetup(0, cm[0], cm[1], (int) img[0], (int) img[1], points));
            } catch (InvalidValue e) {
                throw new CommandFailed(e.problem(), List.of());
            }
            if (session != null) library.sessions().useTraySetup(session, setup.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", setup.id());
            m.put("session", session);
            output().json(m);
            return 0;
        }

        private static double[] numbers(String text, int count, String option) {
            String[] parts = text.split(",");
            if (parts.length != count) throw new CommandFailed("option.needsNumbers", option, count, text);
            double[] out = new double[count];
            try {
                for (int i = 0; i < count; i++) out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new CommandFailed("option.needsNumbers", option, count, text);
            }
            return out;
        }
    }
}
