package org.sandtray.bench;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Figure;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Stills;
import org.sandtray.library.Students;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a large library for benchmarks through the library's own API: students, groups, group
 * sessions recorded turn by turn, stills and placements with moves and removals.
 */
public final class LibraryGenerator {
    private static final Logger log = LoggerFactory.getLogger(LibraryGenerator.class);

    /** How big a library to make. */
    public record Size(int students, int sessions, int stillsPerSession, int placementsPerSession) {
        public static final Size ISSUE_FIGURES = new Size(50, 200, 50, 300);
    }

    /** What was made. */
    public record Made(int students, int sessions, int stills, int placements) {}

    private final Random random;

    public LibraryGenerator(long seed) {
        this.random = new Random(seed);
    }

    public Made generate(Path folder, Size size) {
        try (Library library = Library.create(folder, "generator", false)) {
            return generate(library, size);
        }
    }

    public Made generate(Library library, Size size) {
        List<String> codes = new ArrayList<>();
        List<Students.Draft> drafts = new ArrayList<>();
        for (int i = 1; i <= size.students(); i++) {
            String code = String.format("S%03d", i);
            codes.add(code);
            drafts.add(new Students.Draft(code, "学生" + i, i % 2 == 0 ? "五年级" : "六年级", (1 + i % 4) + "班",
                    new Consent(ConsentKind.PARTICIPATION, true, true, LocalDate.of(2026, 9, 1), null),
                    new Consent(ConsentKind.PHOTO, true, true, LocalDate.of(2026, 9, 1), null)));
        }
        library.students().addAll(drafts);
        int groupSize = 7;
        List<List<String>> groups = new ArrayList<>();
        for (int g = 0; g * groupSize < codes.size(); g++) {
            List<String> members = codes.subList(g * groupSize, Math.min(codes.size(), (g + 1) * groupSize));
            library.groups().create(new Groups.Draft("group-" + (g + 1), "2026", DayOfWeek.of(1 + g % 5), LocalTime.of(12, 40), 60,
                    members, LocalDate.of(2020, 1, 1)));
            groups.add(members);
        }
        List<Figure> figures = library.figures().list();
        byte[] base = SampleJpeg.textured(64, 48, 7);
        long variant = 0;
        int stills = 0;
        int placements = 0;
        Instant start = Instant.parse("2026-09-01T04:40:00Z");
        for (int s = 0; s < size.sessions(); s++) {
            List<String> members = groups.get(s % groups.size());
            Instant at = start.plus(Duration.ofDays(s / groups.size() * 7L + s % groups.size()));
            long sessionId = library.sessions().startGroup("group-" + (1 + s % groups.size()), "session " + s, members, at).id();
            List<Long> placed = new ArrayList<>();
            int perStill = Math.max(1, size.placementsPerSession() / size.stillsPerSession());
            for (int k = 0; k < size.stillsPerSession(); k++) {
                String student = members.get(k % members.size());
                library.turns().add(sessionId, student, TurnAction.PLACE, null, null, at.plusSeconds(k * 60L));
                long stillId = library.stills().add(SampleJpeg.variant(base, variant++),
                        new Stills.Meta(sessionId, at.plusSeconds(k * 60L + 30), null, null, null, "generator")).id();
                stills++;
                for (int p = 0; p < perStill && placements < (long) (s + 1) * size.placementsPerSession(); p++) {
                    Figure f = figures.get(random.nextInt(figures.size()));
                    long pid = library.placements().place(new Placements.Request(stillId, f.nameZh() != null ? f.nameZh() : f.nameEn(),
                            student, point(), null, null, null, false, null, null)).id();
                    placements++;
                    if (!placed.isEmpty() && random.nextInt(10) == 0) {
                        library.placements().move(placed.get(random.nextInt(placed.size())), stillId, point());
                    }
                    placed.add(pid);
                }
            }
            library.sessions().end(sessionId, new org.sandtray.library.Sessions.WrapUp(null, null, null, null), at.plusSeconds(3600));
            if ((s + 1) % 20 == 0) log.info("generated {} of {} sessions", s + 1, size.sessions());
        }
        return new Made(codes.size(), size.sessions(), stills, placements);
    }

    private TrayPoint point() {
        return new TrayPoint(random.nextDouble(), random.nextDouble());
    }

}
