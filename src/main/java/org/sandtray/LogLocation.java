package org.sandtray;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the log file lives, per user and per OS: {@code %LOCALAPPDATA%\Sandtray\logs} on Windows,
 * {@code ~/Library/Logs/Sandtray} on macOS, {@code $XDG_STATE_HOME/sandtray} (default
 * {@code ~/.local/state/sandtray}) on Linux; {@code $SANDTRAY_LOG_DIR} overrides all three.
 */
final class LogLocation {
    static final String ENVIRONMENT = "SANDTRAY_LOG_DIR";
    static final String FILE_NAME = "sandtray.log";

    private LogLocation() {}

    static Path folder() {
        return folder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path folder(Map<String, String> env, String osName, String home) {
        String override = env.get(ENVIRONMENT);
        if (present(override)) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = present(local) ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Sandtray").resolve("logs");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Logs", "Sandtray");
        String state = env.get("XDG_STATE_HOME");
        Path base = present(state) && Path.of(state).isAbsolute() ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("sandtray");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
