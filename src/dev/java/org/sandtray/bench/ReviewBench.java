package org.sandtray.bench;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.sandtray.domain.Figure;
import org.sandtray.domain.GroupMember;
import org.sandtray.domain.Placement;
import org.sandtray.domain.Session;
import org.sandtray.domain.Still;
import org.sandtray.domain.TrayPoint;
import org.sandtray.domain.Turn;
import org.sandtray.domain.TurnAction;
import org.sandtray.library.Library;
import org.sandtray.library.Placements;
import org.sandtray.library.Sessions;
import org.sandtray.library.Stills;
import org.sandtray.review.DateRange;
import org.sandtray.review.Replay;
import org.sandtray.review.ReplayCursor;
import org.sandtray.review.SessionHistory;
import org.sandtray.review.StillImages;
import org.sandtray.review.StudentYears;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * The review figures (issue 7) on the generated library (50 students, 200 sessions, 10,000 stills,
 * 60,000 placements) plus one 60-turn session with a 1920x1080 still after every turn: a student's
 * year, a replay step with the still cached and decoded, and {@code replay --session} in-process;
 * each beside a baseline measured in the same run (decoding one still, a bare SQL query over the
 * same rows).
 */
public final class ReviewBench {
    static final String BENCH_TITLE = "bench replay 60 turns";
    private final PrintWriter out;
    private final Function<String[], Integer> commandLine;

    /** @param commandLine runs the program's command line in this process (for {@code replay --session}) */
    public ReviewBench(PrintWriter out, Function<String[], Integer> commandLine) {
        this.out = out;
        this.commandLine = commandLine;
    }

    public void run(Path work, boolean keep) throws Exception {
        Files.createDirectories(work);
        Path big = work.resolve("generated");
        if (!Library.exists(big)) {
            long t0 = System.nanoTime();
            LibraryGenerator.Made made = new LibraryGenerator(42).generate(big, LibraryGenerator.Size.ISSUE_FIGURES);
            out.printf("generated %s in %.1f s%n", made, (System.nanoTime() - t0) / 1e9);
        } else {
            out.println("using the library already generated at " + big);
        }
        out.flush();
        long session;
        try (Library library = Library.open(big, "bench", false)) {
            session = sixtyTurnSession(library);
            studentYear(library);
            replaySteps(library, session);
        }
        replayCommand(big, session);
        if (!keep) LibraryBench.deleteTree(work);
        out.flush();
    }

    private void studentYear(Library library) throws Exception {
        StudentYears years = new StudentYears(library);
        DateRange schoolYear = DateRange.schoolYearOf(java.time.LocalDate.of(2026, 10, 1));
        int[] k = {0};
        int sessions = years.of("S001", schoolYear).sessions().size();
        Timings year = Timings.measure(10, 50, () -> years.of(String.format("S%03d", 1 + (k[0]++ % 50)), schoolYear));
        int[] j = {0};
        Timings bare = Timings.measure(10, 50, () -> bareYearQuery(library, String.format("S%03d", 1 + (j[0]++ % 50))));
        out.printf("student year: about %d sessions a student (%s to %s)%n", sessions, schoolYear.from(), schoolYear.to());
        out.println(year.line("student-year data (sessions, final trays, counts)", bare, "bare SQL over the same rows"));
    }

    /** The rows a student's year reads, fetched with one plain join and nothing made of them. */
    private static long bareYearQuery(Library library, String code) {
        return library.database().read(c -> {
            long n = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.student_id, p.figure_id, p.turn_id, m.still_id, m.event, "
                    + "m.x, m.y, m.turn_id, st.taken_at FROM session_participants sp JOIN students u ON u.id = sp.student_id "
                    + "JOIN placements p ON p.session_id = sp.session_id JOIN placement_marks m ON m.placement_id = p.id "
                    + "JOIN stills st ON st.id = m.still_id WHERE u.code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) n += r.getLong(1);
                }
            }
            return n;
        });
    }

    private void replaySteps(Library library, long session) throws Exception {
        Replay replay = Replay.of(SessionHistory.load(library, session));
        List<Still> stills = library.stills().list(session);
        Still one = stills.get(stills.size() / 2);
        byte[] jpeg;
        try (InputStream in = library.stills().open(one)) {
            jpeg = in.readAllBytes();
        }
        out.printf("replay: %d turns, %d stills of %dx%d (%d KB)%n", replay.size(), stills.size(), one.width(), one.height(),
                jpeg.length / 1024);
        Timings decode = Timings.measure(5, 30, () -> decodeOnly(jpeg));

        StillImages cached = new StillImages(library, 2L << 30);
        ReplayCursor warm = new ReplayCursor(Replay.of(SessionHistory.load(library, session)));
        for (int i = 0; i < warm.replay().size(); i++) cached.load(warm.jump(i).backdrop(), 0);
        int[] i = {0};
        Timings cachedStep = Timings.measure(10, 100, () -> step(warm, cached, i[0]++));

        StillImages uncached = new StillImages(library, 0);
        ReplayCursor cold = new ReplayCursor(Replay.of(SessionHistory.load(library, session)));
        int[] j = {0};
        Timings decodedStep = Timings.measure(5, 60, () -> step(cold, uncached, j[0]++));

        Timings build = Timings.measure(5, 30, () -> Replay.of(SessionHistory.load(library, session)).steps());
        Timings bare = Timings.measure(5, 30, () -> bareSessionQuery(library, session));
        out.println(cachedStep.line("replay step, still cached (state + image)", decode, "decoding one still"));
        out.println(decodedStep.line("replay step, still decoded (state + imdecode)", decode, "decoding one still"));
        out.println(build.line("replay of the session built (read + every step)", bare, "bare SQL over the same rows"));
    }

    /** One step forward (wrapping to the start), the state read and its still's image fetched. */
    private static void step(ReplayCursor cursor, StillImages images, int n) {
        var step = cursor.atEnd() ? cursor.first() : n == 0 ? cursor.current() : cursor.next();
        if (step.tray().isEmpty() && cursor.index() > 1) throw new IllegalStateException("empty tray at step " + cursor.index());
        if (step.backdrop() != null) images.load(step.backdrop(), 0);
    }

    private static void decodeOnly(byte[] jpeg) {
        try (BytePointer bytes = new BytePointer(jpeg); Mat encoded = new Mat(1, jpeg.length, CV_8UC1, bytes);
             Mat image = imdecode(encoded, IMREAD_COLOR)) {
            if (image.empty()) throw new IllegalStateException("not decoded");
        }
    }

    private static long bareSessionQuery(Library library, long session) {
        return library.database().read(c -> {
            long n = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.round, t.order_in_round, t.action FROM turns t WHERE t.session_id = ?")) {
                s.setLong(1, session);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) n += r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.figure_id, p.student_id, m.still_id, m.event, m.x, m.y, "
                    + "m.turn_id FROM placements p JOIN placement_marks m ON m.placement_id = p.id WHERE p.session_id = ?")) {
                s.setLong(1, session);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) n += r.getLong(1);
                }
            }
            return n;
        });
    }

    private void replayCommand(Path library, long session) throws Exception {
        String[] args = {"--library", library.toString(), "replay", "--session", String.valueOf(session)};
        Timings command = Timings.measure(5, 30, () -> {
            if (commandLine.apply(args) != 0) throw new IllegalStateException("replay failed");
        });
        Timings bare;
        try (Library open = Library.open(library, "bench", false)) {
            bare = Timings.measure(5, 30, () -> bareSessionQuery(open, session));
        }
        out.println(command.line("replay --session (60 turns), in-process", bare, "bare SQL over the same rows"));
    }

    /**
     * A group session of 60 turns (places, moves every seventh turn, passes every eleventh) with a
     * 1920x1080 still after each, added once to the generated library.
     */
    static long sixtyTurnSession(Library library) {
        for (Session s : library.sessions().list()) if (BENCH_TITLE.equals(s.title())) return s.id();
        List<String> members = library.groups().require("group-1").members().stream().map(GroupMember::studentCode).toList();
        Instant at = Instant.parse("2026-12-01T04:40:00Z");
        Session session = library.sessions().startGroup("group-1", BENCH_TITLE, members, at);
        byte[] base = SampleJpeg.textured(1920, 1080, 99);
        List<Figure> figures = library.figures().list();
        Random random = new Random(7);
        List<Long> placed = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            String student = members.get(k % members.size());
            TurnAction action = k > 0 && k % 11 == 0 ? TurnAction.PASS : k > 6 && k % 7 == 0 ? TurnAction.MOVE : TurnAction.PLACE;
            Turn turn = library.turns().add(session.id(), student, action, null, null, at.plusSeconds(k * 50L));
            long still = library.stills().add(SampleJpeg.variant(base, k), new Stills.Meta(session.id(), at.plusSeconds(k * 50L + 20),
                    null, null, null, "bench")).id();
            if (action == TurnAction.PLACE) {
                Figure f = figures.get(random.nextInt(figures.size()));
                Placement p = library.placements().place(new Placements.Request(still, f.nameZh(), student, point(random), null, null,
                        null, false, turn.id(), null));
                placed.add(p.id());
            } else if (action == TurnAction.MOVE) {
                library.placements().move(placed.get(random.nextInt(placed.size())), still, point(random), turn.id());
            }
        }
        library.sessions().end(session.id(), new Sessions.WrapUp(null, null, null, null), at.plusSeconds(3600));
        return session.id();
    }

    private static TrayPoint point(Random random) {
        return new TrayPoint(random.nextDouble(), random.nextDouble());
    }
}
