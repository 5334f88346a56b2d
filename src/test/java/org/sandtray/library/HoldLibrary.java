package org.sandtray.library;

import java.nio.file.Path;

/**
 * Run in a second JVM by the lock test: opens the library, says so on stdout, and keeps it open
 * until its stdin is closed.
 */
public final class HoldLibrary {
    private HoldLibrary() {}

    public static void main(String[] args) throws Exception {
        try (Library library = TestLibraries.open(Path.of(args[0]), "hold")) {
            System.out.println("open " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
        System.out.println("closed");
    }
}
