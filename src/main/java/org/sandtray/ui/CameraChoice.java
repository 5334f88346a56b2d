package org.sandtray.ui;

import org.sandtray.capture.CameraList;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * The camera picker of the settings without its screen: the cameras found (the demo camera last),
 * which one the settings name, the sizes each can be asked for, and a plain sentence when no
 * webcam was found (the demo camera is then in use). A plain class, tested without a screen.
 */
public final class CameraChoice {
    /** One camera to choose: the spec stored in the settings, what the counselor reads, its sizes ("1920x1080"). */
    public record Option(String spec, String label, List<String> sizes) {
        public boolean demo() { return spec.equals("demo"); }

        @Override public String toString() { return label; }
    }

    private final Messages messages;
    private final List<Option> options = new ArrayList<>();
    private final boolean noneFound;
    private final Option selected;

    /**
     * @param found       what {@link CameraList#find()} found
     * @param currentSpec the camera in the settings ({@code webcam}: the first one found)
     */
    public CameraChoice(Messages messages, List<CameraList.Found> found, String currentSpec) {
        this.messages = messages;
        for (CameraList.Found f : found) {
            options.add(new Option(f.spec(), f.demo() ? messages.get("settings.demoCamera") : f.name(),
                    f.resolutions().stream().map(CameraChoice::size).toList()));
        }
        this.noneFound = CameraList.noneFound(found);
        Option current = options.stream().filter(o -> o.spec().equals(currentSpec)).findFirst().orElse(null);
        if (current == null && currentSpec != null && !currentSpec.equals("webcam")) {
            // a source named on purpose (a video file, a device not found now) stays choosable as it is
            current = new Option(currentSpec, messages.get("settings.notFoundNow", currentSpec), List.of());
            options.add(0, current);
        }
        if (current == null) current = options.stream().filter(o -> !o.demo()).findFirst().orElse(demoOption());
        this.selected = current;
    }

    private Option demoOption() {
        return options.stream().filter(Option::demo).findFirst()
                .orElseGet(() -> new Option("demo", messages.get("settings.demoCamera"), List.of("1280x720")));
    }

    public List<Option> options() { return List.copyOf(options); }

    /** The camera the settings name now (with {@code webcam}: the first found, else the demo camera). */
    public Option selected() { return selected; }

    public boolean noneFound() { return noneFound; }

    /** What the picker says under the list: how many webcams were found, or plainly that none was and the demo camera is in use. */
    public String status() {
        long webcams = options.stream().filter(o -> !o.demo()).count();
        return noneFound ? messages.get("settings.noCamera") : messages.get("settings.camerasFound", webcams);
    }

    /** The sizes to offer for a camera: its best first (null), then each it lists. */
    public static List<String> sizes(Option o) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.addAll(o.sizes());
        return out;
    }

    static String size(Dimension d) {
        return d.width + "x" + d.height;
    }
}
