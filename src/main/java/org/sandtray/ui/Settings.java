package org.sandtray.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The counselor's settings on this PC (not in the library): language, camera source, settle
 * delay, tray size, and where the window was. Kept in {@code ~/.sandtray/settings.properties},
 * written atomically.
 *
 * @param window     where the window was when it last closed, or null before the first close
 * @param cameraSize the frame size asked of the camera ("1280x720"), or null for the best it gives
 */
public record Settings(String language, String cameraSource, long settleMillis, double trayWidthCm, double trayHeightCm,
                       WindowPlacement.Bounds window, String cameraSize) {
    public static final Settings DEFAULTS = new Settings(null, "webcam", 1500, 72, 57, null, null);

    /** Settings with the camera's best frame size. */
    public Settings(String language, String cameraSource, long settleMillis, double trayWidthCm, double trayHeightCm,
                    WindowPlacement.Bounds window) {
        this(language, cameraSource, settleMillis, trayWidthCm, trayHeightCm, window, null);
    }

    /** The frame size to ask the camera for, or null for its best (also for a size that cannot be read). */
    public java.awt.Dimension cameraDimension() {
        if (cameraSize == null) return null;
        String[] wh = cameraSize.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            return wh.length == 2 ? new java.awt.Dimension(Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip())) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Path file() {
        return Path.of(System.getProperty("user.home"), ".sandtray", "settings.properties");
    }

    public static Settings load(Path file) {
        if (!Files.isRegularFile(file)) return DEFAULTS;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return DEFAULTS;
        }
        try {
            return new Settings(p.getProperty("language"), p.getProperty("cameraSource", "webcam"),
                    Long.parseLong(p.getProperty("settleMillis", "1500")), Double.parseDouble(p.getProperty("trayWidthCm", "72")),
                    Double.parseDouble(p.getProperty("trayHeightCm", "57")), window(p), p.getProperty("cameraSize"));
        } catch (NumberFormatException e) {
            return DEFAULTS;
        }
    }

    private static WindowPlacement.Bounds window(Properties p) {
        if (p.getProperty("window.width") == null) return null;
        try {
            return new WindowPlacement.Bounds(Double.parseDouble(p.getProperty("window.x", "0")),
                    Double.parseDouble(p.getProperty("window.y", "0")), Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height", "0")), Boolean.parseBoolean(p.getProperty("window.maximised")));
        } catch (NumberFormatException e) {
            return null; // a damaged window line costs only the window's place
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        if (language != null) p.setProperty("language", language);
        p.setProperty("cameraSource", cameraSource);
        if (cameraSize != null) p.setProperty("cameraSize", cameraSize);
        p.setProperty("settleMillis", Long.toString(settleMillis));
        p.setProperty("trayWidthCm", Double.toString(trayWidthCm));
        p.setProperty("trayHeightCm", Double.toString(trayHeightCm));
        if (window != null) {
            p.setProperty("window.x", Double.toString(window.x()));
            p.setProperty("window.y", Double.toString(window.y()));
            p.setProperty("window.width", Double.toString(window.width()));
            p.setProperty("window.height", Double.toString(window.height()));
            p.setProperty("window.maximised", Boolean.toString(window.maximised()));
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(w, "Sandtray Recorder settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public Settings withLanguage(String l) {
        return new Settings(l, cameraSource, settleMillis, trayWidthCm, trayHeightCm, window, cameraSize);
    }

    public Settings withCameraSource(String s) {
        return new Settings(language, s, settleMillis, trayWidthCm, trayHeightCm, window, cameraSize);
    }

    /** @param size "1280x720", or null for the camera's best */
    public Settings withCameraSize(String size) {
        return new Settings(language, cameraSource, settleMillis, trayWidthCm, trayHeightCm, window, size);
    }

    public Settings withSettle(long millis) {
        return new Settings(language, cameraSource, millis, trayWidthCm, trayHeightCm, window, cameraSize);
    }

    public Settings withTray(double width, double height) {
        return new Settings(language, cameraSource, settleMillis, width, height, window, cameraSize);
    }

    public Settings withWindow(WindowPlacement.Bounds w) {
        return new Settings(language, cameraSource, settleMillis, trayWidthCm, trayHeightCm, w, cameraSize);
    }
}
