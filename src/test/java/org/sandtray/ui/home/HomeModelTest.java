package org.sandtray.ui.home;

import org.sandtray.library.TestLibraries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.domain.Session;
import org.sandtray.library.Library;
import org.sandtray.library.Sessions;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting a group session from the home screen, with a session of that group still open. */
class HomeModelTest {
    @Test
    void aSecondOpenSessionForTheSameGroupIsAskedAbout(@TempDir Path dir) {
        try (Library library = TestLibraries.create(dir, "test")) {
            UiFixtures.club(library, true);
            HomeModel model = new HomeModel(library, Clock.systemDefaultZone());
            List<Session> asked = new ArrayList<>();

            long first = model.startGroup("沙盘世界", s -> {
                asked.add(s);
                return HomeModel.OpenSessionAnswer.START_NEW;
            }).orElseThrow();
            assertTrue(asked.isEmpty(), "nothing open: no question");

            Optional<Long> continued = model.startGroup("沙盘世界", s -> {
                asked.add(s);
                return HomeModel.OpenSessionAnswer.CONTINUE;
            });
            assertEquals(List.of(first), asked.stream().map(Session::id).toList(), "the open session is named");
            assertEquals(Optional.of(first), continued, "continuing opens the same session");
            assertEquals(1, library.sessions().list().size(), "and starts none");

            assertEquals(Optional.empty(), model.startGroup("沙盘世界", s -> HomeModel.OpenSessionAnswer.CANCEL));
            assertEquals(1, library.sessions().list().size());

            long second = model.startGroup("沙盘世界", s -> HomeModel.OpenSessionAnswer.START_NEW).orElseThrow();
            assertEquals(2, library.sessions().list().size(), "starting anyway is the counselor's choice");
            assertTrue(second != first);

            library.sessions().end(second, new Sessions.WrapUp(null, null, null, null), Instant.now());
            library.sessions().end(first, new Sessions.WrapUp(null, null, null, null), Instant.now());
            asked.clear();
            model.startGroup("沙盘世界", s -> {
                asked.add(s);
                return HomeModel.OpenSessionAnswer.CANCEL;
            });
            assertTrue(asked.isEmpty(), "ended sessions are not asked about");
            assertEquals(3, library.sessions().list().size());
        }
    }
}
