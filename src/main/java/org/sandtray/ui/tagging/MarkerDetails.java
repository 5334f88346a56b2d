package org.sandtray.ui.tagging;

import org.sandtray.domain.MarkEvent;
import org.sandtray.domain.Placement;
import org.sandtray.domain.PlacementMark;
import org.sandtray.domain.Turn;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the markers panel says, as QuPath's annotation list does: one line per figure on the still,
 * and for the selected one its details (figure, who placed it, round and turn, each move with who
 * and when, facing, buried, note). The editable ones are changed through {@link TaggingModel}, so
 * each change is undoable and said in a notice. A plain class, tested without a screen.
 */
public final class MarkerDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** The selected figure, in words. */
    public record Details(String figure, String category, String placedBy, String when, List<String> history,
                          Double facingDegrees, boolean buried, String note) {}

    private final Library library;
    private final Messages messages;
    private final Function<String, String> names;

    public MarkerDetails(Library library, Messages messages, Function<String, String> names) {
        this.library = library;
        this.messages = messages;
        this.names = names;
    }

    /** One line of the list: figure, who placed it, and whether it was marked on this still or carried forward. */
    public String line(Marker m) {
        return messages.get(m.markedHere() ? "markers.lineHere" : "markers.lineCarried", m.figure(), who(m.studentCode()))
                + (m.buried() ? " ▽" : "");
    }

    /** The details of a marker's placement, read from the library. */
    public Details of(Marker m) {
        Placement p = library.placements().require(m.ref().id());
        Map<Long, Turn> turns = new HashMap<>();
        for (Turn t : library.turns().list(p.sessionId())) turns.put(t.id(), t);
        String when = turnText(p.turnId(), p.round(), turns);
        List<String> history = new ArrayList<>();
        for (PlacementMark mark : p.marks()) {
            if (mark.event() == MarkEvent.SEEN) continue;
            String by = mark.byStudent() == null ? "—" : who(mark.byStudent());
            String at = mark.happenedAt() == null ? "" : TIME.format(mark.happenedAt());
            history.add(messages.get("markers.event." + mark.event().name().toLowerCase(java.util.Locale.ROOT), by,
                    turnText(mark.turnId(), null, turns), at, mark.stillId()));
        }
        String category = messages.chinese() ? p.category().nameZh() : p.category().nameEn();
        return new Details(m.figure(), category, who(p.studentCode()), when, List.copyOf(history), p.facingDegrees(), p.buried(),
                p.note() == null ? "" : p.note());
    }

    /** The words for a facing: away from the counselor, right, towards, left, or not recorded. */
    public String facing(Double degrees) {
        if (degrees == null) return messages.get("markers.facingNone");
        return messages.get("markers.facing." + (int) (Math.round(degrees / 90.0) % 4 * 90));
    }

    private String turnText(Long turnId, Integer round, Map<Long, Turn> turns) {
        Turn t = turnId == null ? null : turns.get(turnId);
        if (t != null) return messages.get("markers.turn", t.round(), t.orderInRound());
        if (round != null) return messages.get("markers.round", round);
        return messages.get("markers.noTurn");
    }

    private String who(String code) {
        return names.apply(code) + " (" + code + ")";
    }
}
