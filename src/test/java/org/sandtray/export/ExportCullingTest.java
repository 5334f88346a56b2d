package org.sandtray.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.StillPick;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An export leaves rejected stills out and shows the final tray the counselor chose (real library, photos and PDF). */
class ExportCullingTest {
    @TempDir
    Path tmp;
    CaseLibrary club;

    @BeforeEach
    void club() throws IOException {
        club = CaseLibrary.create(tmp.resolve("library"));
    }

    @AfterEach
    void close() {
        club.library.close();
    }

    @Test
    void rejectedStillsAreNotExportedAndTheChosenFinalTrayIs() {
        long rejected = club.groupStills.get(1).id();
        long chosen = club.groupStills.get(0).id();
        club.library.stills().setPick(rejected, StillPick.REJECTED);
        club.library.stills().setFinal(club.groupSession, chosen);

        ExportSource source = ExportSource.read(club.library, ExportScope.session(club.groupSession));
        List<Long> exported = source.sessions().get(0).stills().stream().map(r -> r.still().id()).toList();
        assertEquals(List.of(chosen, club.groupStills.get(2).id()), exported, "the rejected still is kept in the library, not exported");
        assertEquals(chosen, source.sessions().get(0).finalTray().still().id(), "the final tray is the one chosen, not the last");

        ExportResult result = new Exporter(club.library).export(ExportScope.session(club.groupSession),
                ExportOptions.defaults(Locale.SIMPLIFIED_CHINESE), tmp.resolve("out"), ExportProgress.NONE, () -> false);
        assertEquals(2, result.files().stream().filter(f -> f.matches("stills/session\\d+_still\\d+\\.jpg")).count(), result.files().toString());
        assertEquals(3, club.library.stills().list(club.groupSession).size());
    }
}
