package org.sandtray.review;

import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything recorded in one session, as read from the library: its turns in order, its stills in
 * the order they were taken (rejected ones too: marks on them still say where figures stood; review
 * never shows their image), its placements with their marks. What replay and the counts work on.
 */
public record SessionHistory(Session session, List<Turn> turns, List<Still> stills, List<Placement> placements) {

    public static SessionHistory load(Library library, long sessionId) {
        Session session = library.sessions().require(sessionId);
        return new SessionHistory(session, library.turns().list(sessionId), library.stills().list(sessionId),
                library.placements().list(sessionId));
    }

    /** The histories of several sessions read in three queries, in the order of the sessions given. */
    public static List<SessionHistory> loadAll(Library library, List<Session> sessions) {
        List<Long> ids = sessions.stream().map(Session::id).toList();
        Map<Long, List<Turn>> turns = new HashMap<>();
        for (Turn t : library.turns().list(ids)) turns.computeIfAbsent(t.sessionId(), k -> new ArrayList<>()).add(t);
        Map<Long, List<Still>> stills = new HashMap<>();
        for (Still s : library.stills().list(ids)) stills.computeIfAbsent(s.sessionId(), k -> new ArrayList<>()).add(s);
        Map<Long, List<Placement>> placements = new LinkedHashMap<>();
        for (Placement p : library.placements().list(ids)) placements.computeIfAbsent(p.sessionId(), k -> new ArrayList<>()).add(p);
        List<SessionHistory> out = new ArrayList<>();
        for (Session s : sessions) {
            out.add(new SessionHistory(s, List.copyOf(turns.getOrDefault(s.id(), List.of())),
                    List.copyOf(stills.getOrDefault(s.id(), List.of())), List.copyOf(placements.getOrDefault(s.id(), List.of()))));
        }
        return out;
    }

    /** The last still taken (the tray as it was left), or null when none was taken. */
    public Still lastStill() {
        return stills.isEmpty() ? null : stills.get(stills.size() - 1);
    }

    /**
     * The still that shows the final tray: the one the counselor chose, else the last still that
     * is not rejected; null when there is none.
     */
    public Still finalStill() {
        return org.sandtray.library.Stills.finalOf(stills).orElse(null);
    }

    /** The stills review shows: all but the rejected ones, in the order taken. */
    public List<Still> shownStills() {
        return stills.stream().filter(s -> !s.rejected()).toList();
    }
}
