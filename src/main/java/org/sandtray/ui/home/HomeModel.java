package org.sandtray.ui.home;

import org.sandtray.domain.Group;
import org.sandtray.domain.Session;
import org.sandtray.library.Library;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the home screen shows: the groups, today's club group, recent sessions; starting a group session. Plain logic. */
public final class HomeModel {
    private static final int RECENT = 12;

    /** What the counselor answers when the group already has an open session. */
    public enum OpenSessionAnswer { CONTINUE, START_NEW, CANCEL }

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

    /** The group's newest session that was never ended, if any. */
    public Optional<Session> openSessionOf(String groupName) {
        return openSessions().stream().filter(s -> groupName.equals(s.groupName())).findFirst();
    }

    /**
     * Starts a group session, unless the group has one still open: then the counselor is asked
     * whether to continue that one (its id is returned), start a second one anyway, or do nothing.
     *
     * @return the session to open, or empty when cancelled
     */
    public Optional<Long> startGroup(String groupName, Function<Session, OpenSessionAnswer> askWhenOpen) {
        return startGroup(groupName, List.of(), askWhenOpen);
    }

    /**
     * Starts a group session without the members absent today (left out of the turn order and
     * recorded as absent), unless the group has one still open (see above).
     */
    public Optional<Long> startGroup(String groupName, List<String> absent, Function<Session, OpenSessionAnswer> askWhenOpen) {
        Optional<Session> open = openSessionOf(groupName);
        if (open.isPresent()) {
            switch (askWhenOpen.apply(open.get())) {
                case CONTINUE -> { return Optional.of(open.get().id()); }
                case CANCEL -> { return Optional.empty(); }
                case START_NEW -> { }
            }
        }
        return Optional.of(library.sessions().startGroup(groupName, null, null, absent, clock.instant()).id());
    }

    /** The group's members on today's date, by code, in the order they joined. */
    public List<String> membersToday(Group g) {
        LocalDate today = LocalDate.now(clock);
        return g.members().stream().filter(m -> m.activeOn(today)).map(org.sandtray.domain.GroupMember::studentCode).toList();
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
