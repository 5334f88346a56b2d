package org.sandtray;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Logging goes to stderr (stdout carries JSON); warnings only, everything with --debug. The capture
 * loop's INFO lines (each still taken, and why none is taken while the tray is watched) show too.
 */
final class LogSetup {
    private LogSetup() {}

    static void configure(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(debug ? Level.DEBUG : Level.WARN);
        if (!debug) ((Logger) LoggerFactory.getLogger("org.sandtray")).setLevel(Level.WARN);
        if (!debug) ((Logger) LoggerFactory.getLogger("org.sandtray.capture.CaptureRun")).setLevel(Level.INFO);
    }
}
