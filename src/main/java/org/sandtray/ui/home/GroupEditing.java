package org.sandtray.ui.home;

import org.sandtray.domain.Group;
import org.sandtray.domain.GroupMember;
import org.sandtray.library.Groups;
import org.sandtray.library.Library;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Groups kept by hand: a group created, renamed, moved to another day or time, members joining
 * and leaving on a date (their history kept). Each change is said in a notice with its Undo,
 * which takes back exactly that change. A plain class, tested without a screen.
 */
public final class GroupEditing {
    /** What the group dialog gives: the group as the counselor wants it from the day given. */
    public record Wanted(String name, DayOfWeek weekday, LocalTime startTime, Set<String> members, LocalDate on) {}

    private final Library library;
    private final Messages messages;
    private final Consumer<Notice> notices;
    private final Runnable refresh;

    public GroupEditing(Library library, Messages messages, Consumer<Notice> notices, Runnable refresh) {
        this.library = library;
        this.messages = messages;
        this.notices = notices;
        this.refresh = refresh;
    }

    public void create(Wanted w) {
        library.groups().create(new Groups.Draft(w.name(), null, w.weekday(), w.startTime(), 60, List.copyOf(w.members()), w.on()));
        refresh.run();
        String name = w.name().strip();
        notices.accept(Notice.done(messages.get("notice.groupCreated", name), () -> {
            library.groups().removeUnused(name);
            refresh.run();
            notices.accept(Notice.done(messages.get("groups.createUndone", name), null));
        }));
    }

    /** The change that turns the group into the one wanted: members not in it join, members left out leave, on the day given. */
    public static Groups.Change change(Group g, Wanted w) {
        Set<String> now = new java.util.LinkedHashSet<>(g.members().stream().filter(m -> m.activeOn(w.on()))
                .map(GroupMember::studentCode).toList());
        List<String> add = w.members().stream().filter(c -> !now.contains(c)).sorted().toList();
        List<String> remove = now.stream().filter(c -> !w.members().contains(c)).sorted().toList();
        String rename = w.name() == null || w.name().strip().equals(g.name()) ? null : w.name().strip();
        return new Groups.Change(rename, Objects.equals(w.weekday(), g.weekday()) ? null : w.weekday(),
                Objects.equals(w.startTime(), g.startTime()) ? null : w.startTime(), add, remove, w.on());
    }

    public void edit(Group g, Wanted w) {
        Groups.Change change = change(g, w);
        if (change.empty()) {
            notices.accept(Notice.note(messages.get("groups.unchanged", g.name())));
            return;
        }
        Groups.Edited edited = library.groups().edit(g.name(), change);
        refresh.run();
        String text = messages.get("groups.edited", edited.after().name(), change.add().size(), change.remove().size(), change.on());
        notices.accept(Notice.done(text, () -> {
            library.groups().revert(edited);
            refresh.run();
            notices.accept(Notice.done(messages.get("groups.editUndone", edited.before().name()), null));
        }));
    }
}
