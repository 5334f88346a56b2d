package org.sandtray;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.cli.Cli;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file: where it is on each OS, what a real session puts in it, and that no name or story gets there. */
class LogFileTest {
    private static final String NAME = "王小明";
    private static final String OTHER_NAME = "李华";
    private static final String TITLE = "森林里的河";
    private static final String STORY = "小老虎想过河，桥太窄了";
    private static final String OBSERVATIONS = "与寻求联结的主题相符";
    private static final String NOTE = "犹豫了很久";

    @AfterEach
    void restoreLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void eachOsKeepsTheLogInItsOwnPerUserPlace() {
        assertEquals(Path.of("C:\\Users\\t\\AppData\\Local", "Sandtray", "logs"),
                LogLocation.folder(Map.of("LOCALAPPDATA", "C:\\Users\\t\\AppData\\Local"), "Windows 11", "C:\\Users\\t"));
        assertEquals(Path.of("/Users/t/Library/Logs/Sandtray"), LogLocation.folder(Map.of(), "Mac OS X", "/Users/t"));
        assertEquals(Path.of("/home/t/.local/state/sandtray"), LogLocation.folder(Map.of(), "Linux", "/home/t"));
        assertEquals(Path.of("/var/state/sandtray"), LogLocation.folder(Map.of("XDG_STATE_HOME", "/var/state"), "Linux", "/home/t"));
        assertEquals(Path.of("/home/t/.local/state/sandtray"), LogLocation.folder(Map.of("XDG_STATE_HOME", "relative"), "Linux", "/home/t"),
                "XDG says a relative path is ignored");
        assertEquals(Path.of("/tmp/logs"), LogLocation.folder(Map.of("SANDTRAY_LOG_DIR", "/tmp/logs"), "Windows 10", "C:\\Users\\t"));
    }

    @Test
    void aRecordedSessionIsLoggedWithoutANameTitleStoryOrNote(@TempDir Path tmp) throws Exception {
        Path logs = tmp.resolve("logs");
        LogSetup.configure(new String[0], logs);
        Path lib = tmp.resolve("沙盘 资料库");
        Cli.ok(lib, "init");
        Path roster = Files.writeString(tmp.resolve("r.csv"),
                "code,name,grade,class,photo_consent\nS01," + NAME + ",5,2,yes\nS02," + OTHER_NAME + ",5,2,yes\n");
        Cli.ok(lib, "student", "import", roster.toString());
        long id = Cli.ok(lib, "session", "start", "--student", "S01", "--title", TITLE).id();
        Cli.ok(lib, "still", "import", "--session", String.valueOf(id), Path.of("fixtures/real/stuff.jpg").toString());
        Cli.ok(lib, "turn", "add", "--session", String.valueOf(id), "--student", "S01", "--action", "place", "--figure", "老虎",
                "--note", NOTE);
        Cli.ok(lib, "capture", "--session", String.valueOf(id), "--source", "demo", "--every", "1s", "--count", "2");
        Cli.ok(lib, "session", "end", String.valueOf(id), "--title", TITLE, "--story", STORY, "--observations", OBSERVATIONS);
        Cli.ok(lib, "session", "show", String.valueOf(id));
        Cli.ok(lib, "timeline", "--student", "S01");
        // refused input that names a pupil
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "code,name,grade,class,photo_consent\nS03," + NAME + "二,5,2,perhaps\n");
        assertEquals(1, Cli.run(lib, "student", "import", bad.toString()).code());
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("a message quoting " + NAME);
        }, "failing");
        failing.start();
        failing.join();
        stopFile();

        Path file = logs.resolve(LogLocation.FILE_NAME);
        assertTrue(Files.isRegularFile(file), "the log file exists");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("still 2 from demo"), "stills taken are logged:\n" + text);
        assertTrue(text.contains("IllegalStateException") && text.contains("failing"), "an uncaught exception is logged:\n" + text);
        for (String sealed : List.of(NAME, OTHER_NAME, TITLE, STORY, OBSERVATIONS, NOTE)) {
            assertFalse(text.contains(sealed), "the log holds \"" + sealed + "\":\n" + text);
        }
    }

    private static void stopFile() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(LogSetup.FILE_APPENDER);
        if (appender != null) appender.stop();
    }
}
