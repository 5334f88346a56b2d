package org.sandtray.dev;

import org.sandtray.Launcher;
import org.sandtray.cli.DevCommand;

/**
 * The program's command line with the developer commands added ({@code dev generate}, the benches,
 * {@code dev soak}). Built from the dev source set only, so the product jar has none of it; run it
 * through Maven: {@code mvn -q -B -Pdev test-compile exec:exec -Ddev.args="dev bench-capture"}.
 */
public final class DevLauncher {
    private DevLauncher() {}

    public static void main(String[] args) {
        System.exit(Launcher.run(args, commandLine -> commandLine.addSubcommand("dev", new DevCommand())));
    }
}
