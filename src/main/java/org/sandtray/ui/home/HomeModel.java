package org.sandtray.ui.home;

import org.sandtray.domain.Group;
import org.sandtray.domain.Session;
import org.sandtray.library.Library;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What the home screen shows: the groups, today's club group, recent sessions. Plain logic. */
public final class HomeModel {
    private static final int RECENT = 12;
    private final Library library;
    private final Clock clock;

    public HomeModel(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    public List<Group> groups() { return library.groups().list(); }

    /** The group whose club day is today, if any: the session to start. */
    public Optional<Group> todaysGroup() {
        LocalDate today = LocalDate.now(clock);
        return groups().stream().filter(g -> g.weekday() == today.getDayOfWeek()).findFirst();
    }

    /** The sessions still open (a club hour interrupted), newest first. */
    public List<Session> openSessions() {
        return library.sessions().list().stream().filter(Session::open).toList();
    }

    public List<Session> recentSessions() {
        List<Session> all = library.sessions().list();
        return all.subList(0, Math.min(RECENT, all.size()));
    }

    public String describe(Session s, java.util.function.Function<String, String> names) {
        String who = s.groupName() != null ? s.groupName() : names.apply(s.studentCode());
        String day = LocalDate.ofInstant(s.startedAt(), ZoneId.systemDefault()).toString();
        return day + "  " + who + (s.title() != null ? "  《" + s.title() + "》" : "");
    }
}
