package org.sandtray.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;
import org.sandtray.library.Students;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code window --student CODE} and {@code window --session ID [--turn N]}: the place asked for is
 * checked against the library before a window opens, and handed to the window; a wrong one is an
 * error in words, with no window.
 */
class WindowCommandTest {
    @TempDir
    Path tmp;

    /** The window opener, recording where it was asked to open instead of opening a window. */
    private final List<String> opened = new ArrayList<>();
    private String err;

    private int run(Path library, String... args) {
        SandtrayCommand.DesktopOpener opener = new SandtrayCommand.DesktopOpener() {
            @Override
            public int open(Path folder, String language, String source) {
                opened.add("home " + folder);
                return 0;
            }

            @Override
            public int open(Path folder, String language, String source, WindowStart start) {
                opened.add(start.home() ? "home " + folder : start + " " + folder + " " + language);
                return 0;
            }
        };
        CommandLine cl = SandtrayCommand.commandLine(opener);
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(e, true));
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        err = e.toString();
        return code;
    }

    private long sessionWithTwoTurns(Path folder) {
        try (Library library = Library.create(folder, "test")) {
            for (String c : List.of("S1", "S2")) library.students().add(new Students.Draft(c, "学生" + c, null, null, null, null));
            library.groups().create(new org.sandtray.library.Groups.Draft("社团", null, null, null, 60, List.of("S1", "S2"),
                    java.time.LocalDate.of(2026, 9, 1)));
            long id = library.sessions().startGroup("社团", null, List.of("S1", "S2"), Instant.parse("2026-10-13T04:40:00Z")).id();
            library.turns().add(id, "S1", org.sandtray.domain.TurnAction.PASS, null, null, Instant.parse("2026-10-13T04:41:00Z"));
            library.turns().add(id, "S2", org.sandtray.domain.TurnAction.PASS, null, null, Instant.parse("2026-10-13T04:42:00Z"));
            return id;
        }
    }

    @Test
    void opensAPupilsYearOrASessionsReplayAtATurn() {
        Path lib = tmp.resolve("lib");
        long session = sessionWithTwoTurns(lib);
        assertEquals(0, run(lib, "--lang", "zh", "window", "--student", "S2"), err);
        assertEquals(0, run(lib, "window", "--session", String.valueOf(session), "--turn", "2"), err);
        assertEquals(0, run(lib, "window", "--session", String.valueOf(session)), err);
        assertEquals(List.of("WindowStart[student=S2, session=null, turn=null] " + lib + " zh",
                "WindowStart[student=null, session=" + session + ", turn=2] " + lib + " null",
                "WindowStart[student=null, session=" + session + ", turn=null] " + lib + " null"), opened);
    }

    @Test
    void aPupilSessionOrTurnThatIsNotThereIsAnErrorAndNoWindowOpens() {
        Path lib = tmp.resolve("lib");
        long session = sessionWithTwoTurns(lib);
        assertEquals(1, run(lib, "window", "--student", "S9"));
        assertTrue(err.contains("no student with code S9 in the library"), err);
        assertEquals(1, run(lib, "window", "--session", "4242"));
        assertTrue(err.contains("no session with id 4242 in the library"), err);
        assertEquals(1, run(lib, "window", "--session", String.valueOf(session), "--turn", "3"));
        assertTrue(err.contains("there is no step 3: the replay has steps 1 to 2"), err);
        assertEquals(1, run(lib, "--lang", "zh", "window", "--session", String.valueOf(session), "--turn", "0"));
        assertTrue(err.contains("没有第 0 步"), err);
        assertEquals(2, run(lib, "window", "--student", "S1", "--session", String.valueOf(session)));
        assertTrue(err.contains("choose --student or --session, not both"), err);
        assertEquals(2, run(lib, "window", "--turn", "2"));
        assertTrue(err.contains("--turn needs --session"), err);
        assertTrue(opened.isEmpty(), "no window for a place that is not there: " + opened);
    }

    @Test
    void withNoPlaceItOpensHomeAsTheProgramDoesWithNoCommand() {
        Path nowhere = tmp.resolve("no-library-yet");
        assertEquals(0, run(nowhere, "window"), err);
        assertEquals(0, run(nowhere), err);
        assertEquals(List.of("home " + nowhere, "home " + nowhere), opened, "the window itself offers to create the library");
    }

    @Test
    void anEncryptedLibraryIsCheckedWithTheGivenPassphraseOrLeftToTheWindowsDialog() {
        Path lib = tmp.resolve("encrypted");
        try (Library library = Library.create(lib, "test", org.sandtray.library.TestLibraries.newKeys())) {
            library.students().add(new Students.Draft("S1", "学生S1", null, null, null, null));
        }
        String file = org.sandtray.library.TestLibraries.passphraseFile().toString();
        assertEquals(1, run(lib, "--passphrase-file", file, "window", "--student", "S9"));
        assertTrue(err.contains("no student with code S9 in the library"), err);
        assertEquals(0, run(lib, "--passphrase-file", file, "window", "--student", "S1"), err);
        assertEquals(List.of("WindowStart[student=S1, session=null, turn=null] " + lib + " null"), opened);

        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SANDTRAY_PASSPHRASE") == null,
                "SANDTRAY_PASSPHRASE is set in this environment: the case without a passphrase cannot be run");
        opened.clear();
        assertEquals(0, run(lib, "window", "--student", "S1"), "no passphrase given: not an error, the window asks: " + err);
        assertEquals(List.of("WindowStart[student=S1, session=null, turn=null] " + lib + " null"), opened);
    }
}
