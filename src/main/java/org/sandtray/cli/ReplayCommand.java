package org.sandtray.cli;

import org.sandtray.library.Library;
import org.sandtray.review.Replay;
import org.sandtray.review.ReplayStep;
import org.sandtray.review.SessionHistory;
import org.sandtray.review.StandingFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code replay --session ID}: the tray after every turn, with the still that shows it. */
@Command(name = "replay", description = {"Replay a session turn by turn: after each turn, the figures standing in the tray "
        + "at their positions then and the first still taken before the next turn.",
        "A session recorded without turns is replayed still by still."})
final class ReplayCommand extends LibraryCommand {
    @Option(names = "--session", required = true, paramLabel = "ID") long session;
    @Option(names = "--format", defaultValue = "json", description = "json, table or csv.") Output.Format format;

    @Override
    int run(Library library) {
        Replay replay = Replay.of(SessionHistory.load(library, session));
        List<ReplayStep> steps = replay.steps();
        if (format == Output.Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", session);
            m.put("turns", steps.stream().map(ReplayCommand::stepJson).toList());
            output().json(m);
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReplayStep s : steps) {
            rows.add(List.of(s.turn() == null ? "" : String.valueOf(s.turn().round()),
                    s.turn() == null ? "" : String.valueOf(s.turn().orderInRound()),
                    s.turn() == null ? "" : s.turn().studentCode(), s.turn() == null ? "" : s.turn().action().code(),
                    StudentCommand.nz(s.figure()), s.still() == null ? "" : String.valueOf(s.still().id()),
                    String.valueOf(s.tray().size()),
                    String.join(" ", s.tray().stream().filter(StandingFigure::changedNow).map(ReplayCommand::spot).toList()),
                    String.join(" ", s.removed().stream().map(String::valueOf).toList())));
        }
        output().rows(format,
                List.of("round", "turn", "student", "action", "figure", "still", "standing", "placed/moved", "removed"), rows, null);
        return 0;
    }

    static Map<String, Object> stepJson(ReplayStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", s.turn() == null ? null : s.turn().round());
        m.put("turn", s.turn() == null ? null : s.turn().orderInRound());
        m.put("student", s.turn() == null ? null : s.turn().studentCode());
        m.put("action", s.turn() == null ? null : s.turn().action().code());
        m.put("figure", s.figure());
        m.put("still", s.still() == null ? null : s.still().id());
        m.put("tray", s.tray().stream().map(ReplayCommand::standingJson).toList());
        return m;
    }

    static Map<String, Object> standingJson(StandingFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("placement", f.placementId());
        m.put("figure", f.figure());
        m.put("category", f.category().code());
        m.put("student", f.student());
        m.put("x", f.at().x());
        m.put("y", f.at().y());
        m.put("buried", f.buried());
        return m;
    }

    private static String spot(StandingFigure f) {
        return String.format(Locale.ROOT, "%s@%.2f,%.2f", f.figure(), f.at().x(), f.at().y());
    }
}
