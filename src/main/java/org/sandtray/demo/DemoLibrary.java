package org.sandtray.demo;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Figure;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty library with the demo club: six pupils with Chinese names and two seen alone,
 * four group sessions recorded turn by turn with a still after every turn and the placements
 * tagged on them, and two individual sessions. What a counselor sees on first opening the program.
 */
public final class DemoLibrary {

    /** Takes the photographs: a picture of the tray with these figures standing in it. */
    public interface TrayPhotographer {
        byte[] photograph(List<StandingFigure> figures, int frame);

        /** Where the tray's inside lies on the photographs: the setup the demo stills are taken under. */
        org.sandtray.domain.TraySetup traySetup();
    }

    /** A figure in the tray as the photographer should draw it. */
    public record StandingFigure(String name, org.sandtray.domain.Category category, TrayPoint at, String studentCode) {}

    /** What was made. */
    public record Made(int students, int sessions, int turns, int stills, int placements) {}

    private final TrayPhotographer photographer;

    public DemoLibrary(TrayPhotographer photographer) {
        this.photographer = photographer;
    }

    public Made fill(Library library) {
        if (!library.sessions().list().isEmpty() || !library.students().list().isEmpty()) {
            throw new LibraryException("demo.needsEmptyLibrary", library.folder());
        }
        LocalDate consentDay = LocalDate.now().minusWeeks(6);
        List<Students.Draft> drafts = new ArrayList<>();
        for (DemoScript.Pupil p : concat(DemoScript.CLUB, DemoScript.ALONE)) {
            drafts.add(new Students.Draft(p.code(), p.name(), p.grade(), p.className(),
                    new Consent(ConsentKind.PARTICIPATION, true, true, consentDay, null),
                    new Consent(ConsentKind.PHOTO, p.photoConsent(), p.photoConsent() ? true : null, consentDay, null)));
        }
        library.students().addAll(drafts);
        library.groups().create(new Groups.Draft(DemoScript.GROUP, "2026秋季", DayOfWeek.TUESDAY, LocalTime.of(12, 40), 60,
                DemoScript.CLUB.stream().map(DemoScript.Pupil::code).toList(), consentDay));
        ensureFigures(library);
        long setup = library.traySetups().add(photographer.traySetup()).id();
        Counts counts = new Counts();
        ZonedDateTime firstTuesday = ZonedDateTime.now(ZoneId.systemDefault()).minusWeeks(4)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)).with(LocalTime.of(12, 40));
        List<DemoScript.Play> group = DemoScript.groupSessions();
        for (int i = 0; i < group.size(); i++) {
            DemoScript.Play play = group.get(i);
            Instant start = firstTuesday.plusWeeks(i).toInstant();
            Session s = library.sessions().startGroup(DemoScript.GROUP, null, play.order(), start);
            library.sessions().useTraySetup(s.id(), setup);
            record(library, s, play, start, counts);
        }
        List<DemoScript.Play> alone = DemoScript.individualSessions();
        for (int i = 0; i < alone.size(); i++) {
            DemoScript.Play play = alone.get(i);
            Instant start = firstTuesday.plusWeeks(i + 1).plusDays(2).toInstant();
            Session s = library.sessions().startIndividual(play.order().get(0), null, start);
            library.sessions().useTraySetup(s.id(), setup);
            record(library, s, play, start, counts);
        }
        library.audit().record("demo", "demo library filled");
        return new Made(drafts.size(), group.size() + alone.size(), counts.turns, counts.stills, counts.placements);
    }

    private static final class Counts {
        int turns;
        int stills;
        int placements;
    }

    private void record(Library library, Session session, DemoScript.Play play, Instant start, Counts counts) {
        Map<String, Long> placementByFigure = new HashMap<>();
        Map<String, StandingFigure> standing = new java.util.LinkedHashMap<>();
        Instant at = start;
        boolean group = session.groupName() != null;
        int frame = 0;
        for (DemoScript.Step step : play.steps()) {
            at = at.plus(Duration.ofSeconds(95));
            boolean changesTray = step.figure() != null && step.at() != null;
            if (group) {
                String figure = step.action() == TurnAction.PASS || step.action() == TurnAction.SAND ? null : step.figure();
                library.turns().add(session.id(), step.student(), step.action(), figure, step.note(), at);
                counts.turns++;
            }
            if (!changesTray && step.action() != TurnAction.SAND) continue;
            if (changesTray) {
                Figure f = library.figures().require(step.figure());
                standing.put(step.figure(), new StandingFigure(step.figure(), f.category(), step.at(), step.student()));
            }
            byte[] jpeg = photographer.photograph(List.copyOf(standing.values()), frame++);
            long stillId = library.stills().add(jpeg, new Stills.Meta(session.id(), at.plusSeconds(20), null, null, null, "demo")).id();
            counts.stills++;
            if (!changesTray) continue;
            Long existing = placementByFigure.get(step.figure());
            if (existing == null) {
                Placement p = library.placements().place(new Placements.Request(stillId, step.figure(), step.student(), step.at(),
                        0.08, 0.08, null, false, null, null));
                placementByFigure.put(step.figure(), p.id());
                counts.placements++;
            } else {
                library.placements().move(existing, stillId, step.at());
            }
        }
        library.sessions().end(session.id(), new Sessions.WrapUp(play.title(), play.story(), play.observations(), play.themes()),
                at.plus(Duration.ofMinutes(10)));
    }

    /** The script's figures come from the default catalogue: fail early, naming one a customised catalogue lacks. */
    private static void ensureFigures(Library library) {
        for (DemoScript.Play play : concat(DemoScript.groupSessions(), DemoScript.individualSessions())) {
            for (DemoScript.Step step : play.steps()) {
                if (step.figure() != null && library.figures().byName(step.figure()).isEmpty()) {
                    throw new LibraryException("demo.figureMissing", step.figure());
                }
            }
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
