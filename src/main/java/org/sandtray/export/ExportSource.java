package org.sandtray.export;

import org.sandtray.domain.Annotation;
import org.sandtray.domain.Figure;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.Student;
import org.sandtray.domain.TraySetup;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Placements;
import org.sandtray.review.SessionHistory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an export needs, read through the library's repositories once, before any file is
 * written: the sessions in scope with their turns, placements, stills (and what stands on each),
 * annotations and tray setups, the roster and the figure catalogue.
 */
public final class ExportSource {

    /** A still of a session with its place in the session (1, 2, ...), what stands on it and its annotations. */
    public record StillRecord(Still still, int ordinal, TraySetup setup, List<Placements.Standing> standing,
                              List<Annotation> annotations) {
        /** File stem: session number and ordinal, no names, no dates. */
        public String stem() {
            return String.format("session%d_still%02d", still.sessionId(), ordinal);
        }
    }

    /**
     * A session with what happened in it: its stills without the rejected ones. The final tray is
     * the still the counselor chose, else the last one. {@code history} is the whole record (rejected
     * stills included): its turns and placements are the session's, and the review's counts are taken
     * from it, so the case pack and the window agree.
     */
    public record SessionRecord(List<String> participants, List<StillRecord> stills, SessionHistory history) {
        public Session session() { return history.session(); }

        public List<Turn> turns() { return history.turns(); }

        public List<Placement> placements() { return history.placements(); }

        public StillRecord finalTray() {
            return stills.stream().filter(r -> r.still().finalTray()).findFirst()
                    .orElse(stills.isEmpty() ? null : stills.get(stills.size() - 1));
        }

        public LocalDate day() {
            return LocalDate.ofInstant(session().startedAt(), ZoneId.systemDefault());
        }
    }

    private final ExportScope scope;
    private final List<SessionRecord> sessions;
    private final List<Student> roster;
    private final Map<Long, Figure> figuresById = new HashMap<>();
    private final Map<String, Figure> figuresByName = new HashMap<>();
    private final Set<Long> withoutPhotoConsent;

    private ExportSource(ExportScope scope, List<SessionRecord> sessions, List<Student> roster, List<Figure> figures,
                         Set<Long> withoutPhotoConsent) {
        this.scope = scope;
        this.withoutPhotoConsent = Set.copyOf(withoutPhotoConsent);
        this.sessions = List.copyOf(sessions);
        this.roster = List.copyOf(roster);
        for (Figure f : figures) {
            figuresById.put(f.id(), f);
            if (f.nameZh() != null) figuresByName.put(f.nameZh(), f);
            if (f.nameEn() != null) figuresByName.putIfAbsent(f.nameEn(), f);
        }
    }

    public static ExportSource read(Library library, ExportScope scope) {
        List<Session> chosen = new ArrayList<>();
        Map<Long, List<String>> participants = new HashMap<>(); // read once, for choosing and for the record
        if (scope.sessionId() != null) {
            chosen.add(library.sessions().require(scope.sessionId()));
        } else {
            library.students().require(scope.studentCode());
            for (Session s : library.sessions().list()) {
                LocalDate day = LocalDate.ofInstant(s.startedAt(), ZoneId.systemDefault());
                if (!scope.covers(day)) continue;
                List<String> members = participants.computeIfAbsent(s.id(), library.sessions()::participants);
                if (members.contains(scope.studentCode())) chosen.add(s);
            }
            if (chosen.isEmpty()) throw new LibraryException("export.noSessions", scope.studentCode());
        }
        chosen.sort(Comparator.comparing(Session::startedAt).thenComparingLong(Session::id));
        List<SessionRecord> records = new ArrayList<>();
        Map<Long, TraySetup> setups = new HashMap<>();
        Set<Long> unconsented = new java.util.HashSet<>();
        for (Session s : chosen) {
            unconsented.addAll(library.stills().withoutPhotoConsent(s.id()));
            List<StillRecord> stills = new ArrayList<>();
            int ordinal = 1;
            List<Still> all = library.stills().list(s.id());
            for (Still still : all) {
                if (still.rejected()) continue; // a rejected still is kept, never exported
                Long setupId = still.traySetupId(); // as the tagging view maps it: markers were placed under this setup
                TraySetup setup = setupId == null ? null
                        : setups.computeIfAbsent(setupId, id -> library.traySetups().byId(id).orElse(null));
                stills.add(new StillRecord(still, ordinal++, setup, library.placements().standingOn(still.id()),
                        library.annotations().list(still.id())));
            }
            records.add(new SessionRecord(participants.computeIfAbsent(s.id(), library.sessions()::participants), stills,
                    new SessionHistory(s, library.turns().list(s.id()), all, library.placements().list(s.id()))));
        }
        return new ExportSource(scope, records, library.students().list(), library.figures().list(), unconsented);
    }

    public ExportScope scope() { return scope; }

    /**
     * True when the still was taken while a member had no photo consent in force: it is always
     * exported de-identified, the detectors run on it whatever else was asked ({@code Consents}).
     */
    public boolean withoutPhotoConsent(StillRecord still) {
        return withoutPhotoConsent.contains(still.still().id());
    }

    public List<SessionRecord> sessions() { return sessions; }

    public List<Student> roster() { return roster; }

    /** The students of the export: every participant of the sessions, or the one student. */
    public Set<String> subjects() {
        if (scope.ofStudent()) return Set.of(scope.studentCode());
        Set<String> out = new LinkedHashSet<>();
        for (SessionRecord s : sessions) out.addAll(s.participants());
        return out;
    }

    public int stillCount() {
        return sessions.stream().mapToInt(s -> s.stills().size()).sum();
    }

    public Figure figure(long id) { return figuresById.get(id); }

    /** A figure's name in the export's language (the stored name when the catalogue does not know it). */
    public String figureName(Long figureId, String storedName, boolean chinese) {
        Figure f = figureId != null ? figuresById.get(figureId) : storedName != null ? figuresByName.get(storedName) : null;
        return f != null ? f.displayName(chinese) : storedName == null ? "" : storedName;
    }

    public LocalDate firstDay() { return sessions.isEmpty() ? null : sessions.get(0).day(); }

    public LocalDate lastDay() { return sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).day(); }
}
