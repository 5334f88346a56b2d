package org.sandtray.ui.review;

import org.sandtray.domain.Session;
import org.sandtray.domain.Student;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the review screens name sessions, pupils and turns, in the window's language. */
public final class SessionWords {
    private final Messages messages;
    private final Map<String, String> names;

    public SessionWords(Messages messages, List<Student> roster) {
        this.messages = messages;
        this.names = roster.stream().collect(Collectors.toMap(Student::code, Student::name, (a, b) -> a));
    }

    public static SessionWords of(Library library, Messages messages) {
        return new SessionWords(messages, library.students().list());
    }

    /** The pupil's name (it stays inside the room), or the code for a pupil no longer on the roster. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public Function<String, String> names() { return this::name; }

    public static LocalDate day(Session s) {
        return LocalDate.ofInstant(s.startedAt(), ZoneId.systemDefault());
    }

    /** "2026-11-03 · 沙盘世界社团" or "2026-11-05 · individual · 王小明". */
    public String session(Session s) {
        return s.groupName() != null ? messages.get("review.sessionGroup", day(s).toString(), s.groupName())
                : messages.get("review.sessionIndividual", day(s).toString(), name(s.studentCode()));
    }

    /** The action, with the figure where the turn names or moved one. */
    public String action(Turn t, String figure) {
        String action = messages.get("action." + t.action().code());
        return figure == null ? action : messages.get("review.actionFigure", action, figure);
    }

    /** "Round 2 · 3rd · 王小明 · place figure: 老虎". */
    public String turn(Turn t, String figure) {
        return messages.get("review.turn", t.round(), t.orderInRound(), name(t.studentCode()), action(t, figure));
    }

    /** A line of the turn list: "2.3  王小明  place figure: 老虎". */
    public String turnLine(Turn t, String figure) {
        return messages.get("review.turnLine", t.round(), t.orderInRound(), name(t.studentCode()), action(t, figure));
    }
}
