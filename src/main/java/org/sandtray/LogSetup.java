package org.sandtray;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Logging: stderr shows warnings (everything with --debug), because stdout carries JSON; a rolling
 * file per user ({@link LogLocation}) keeps what the program did at INFO, for when a counselor asks
 * for help. Log lines name ids, counts, files and cameras, never what a counselor typed: no names,
 * titles, stories, notes (an exception in the file shows its type and where it happened, not its
 * message, which may quote them). The capture loop's INFO lines (each still taken, and why none is
 * taken while the tray is watched) show on stderr too.
 */
final class LogSetup {
    static final String FILE_APPENDER = "FILE";
    /** One file up to this size, a new one each day; old ones go after 30 days or beyond the total. */
    static final String MAX_FILE = "5MB";
    static final String TOTAL = "50MB";
    static final int DAYS = 30;
    /** Its INFO lines say on the console why a still was or was not taken. */
    static final String CAPTURE_LOOP = "org.sandtray.capture.CaptureRun";

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(LogSetup.class);

    private LogSetup() {}

    static void configure(String[] args) {
        configure(args, LogLocation.folder());
    }

    /** Sets levels, limits stderr, and adds the rolling file in {@code folder} (skipped with a warning if it cannot be made). */
    static void configure(String[] args, Path folder) {
        boolean debug = Arrays.asList(args).contains("--debug");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(debug ? Level.DEBUG : Level.INFO);
        context.getLogger("org.sandtray").setLevel(debug ? Level.DEBUG : Level.INFO);
        limitConsole(root, debug ? Level.DEBUG : Level.WARN);
        try {
            Files.createDirectories(folder);
            root.addAppender(fileAppender(context, folder));
        } catch (IOException | RuntimeException e) {
            log.warn("no log file: cannot use the folder {}: {}", folder, e.getMessage());
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                log.error("uncaught in thread {}: {}", thread.getName(), withoutMessages(e)));
    }

    private static void limitConsole(Logger root, Level level) {
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof ch.qos.logback.core.ConsoleAppender<?>) {
                appender.clearAllFilters();
                appender.addFilter(new ch.qos.logback.core.filter.Filter<>() {
                    @Override
                    public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
                        boolean shown = event.getLevel().isGreaterOrEqual(level)
                                || CAPTURE_LOOP.equals(event.getLoggerName()) && event.getLevel().isGreaterOrEqual(Level.INFO);
                        return shown ? ch.qos.logback.core.spi.FilterReply.NEUTRAL : ch.qos.logback.core.spi.FilterReply.DENY;
                    }
                });
            }
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(folder.resolve(LogLocation.FILE_NAME).toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(folder.resolve("sandtray-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE));
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL));
        policy.setMaxHistory(DAYS);
        policy.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // %nopex: a stack trace in the file only through withoutMessages(), never with its message
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n%nopex");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) throw new IllegalStateException("the log file did not start");
        return file;
    }

    /** An exception as its types and frames, without the messages (they may quote a name or a story). */
    static String withoutMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) sb.append(" caused by ");
            sb.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 8); i++) sb.append("\n    at ").append(frames[i]);
        }
        return sb.toString();
    }
}
