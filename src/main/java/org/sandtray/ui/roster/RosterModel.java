package org.sandtray.ui.roster;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;
import org.sandtray.domain.Student;
import org.sandtray.library.Library;
import org.sandtray.library.Students;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The roster kept by hand: a pupil added or edited, a consent recorded or withdrawn. Each change
 * is said in a notice with its Undo, which takes back exactly that change (a pupil added by
 * mistake is removed while nothing names them; an edit puts the old details back; a consent
 * record taken back leaves the one before it in force). A plain class, tested without a screen.
 */
public final class RosterModel {
    private final Library library;
    private final Messages messages;
    private final Consumer<Notice> notices;
    private final Runnable refresh;

    public RosterModel(Library library, Messages messages, Consumer<Notice> notices, Runnable refresh) {
        this.library = library;
        this.messages = messages;
        this.notices = notices;
        this.refresh = refresh;
    }

    /** Adds a pupil; their consents are recorded apart (or given here, not recorded when null). */
    public void add(Students.Details d, Consent participation, Consent photo) {
        library.students().add(new Students.Draft(d.code(), d.name(), d.grade(), d.className(), participation, photo));
        refresh.run();
        notices.accept(Notice.done(messages.get("roster.added", d.name(), d.code()), () -> {
            library.students().remove(d.code());
            refresh.run();
            notices.accept(Notice.done(messages.get("roster.addUndone", d.name(), d.code()), null));
        }));
    }

    /** Changes a pupil's code, name, grade or class. */
    public void edit(String code, Students.Details d) {
        Student before = library.students().edit(code, d);
        refresh.run();
        if (Students.Details.of(before).equals(d)) {
            notices.accept(Notice.note(messages.get("roster.unchanged", d.code())));
            return;
        }
        notices.accept(Notice.done(messages.get("roster.edited", d.name(), d.code()), () -> {
            library.students().edit(d.code(), Students.Details.of(before));
            refresh.run();
            notices.accept(Notice.done(messages.get("roster.editUndone", before.name(), before.code()), null));
        }));
    }

    /** Records a consent (guardian's consent, child's assent, the date); the newest of its kind is in force. */
    public void recordConsent(Student s, Consent consent) {
        Long id = library.students().recordConsent(s.code(), consent);
        refresh.run();
        if (id == null) {
            notices.accept(Notice.note(messages.get("roster.consentEmpty")));
            return;
        }
        notices.accept(Notice.done(messages.get("roster.consentRecorded", s.name(), kind(consent.kind()),
                messages.get(consent.permits() ? "consent.yes" : "consent.no")), undoConsent(s, id)));
    }

    /** Withdraws the consent in force from the day given; the history stays. */
    public void withdraw(Student s, ConsentKind kind, LocalDate on) {
        Long id = library.students().withdrawConsent(s.code(), kind, on);
        refresh.run();
        notices.accept(Notice.done(messages.get("roster.consentWithdrawn", s.name(), kind(kind), on), undoConsent(s, id)));
    }

    private Runnable undoConsent(Student s, long id) {
        return () -> {
            library.students().removeConsent(id);
            refresh.run();
            notices.accept(Notice.done(messages.get("roster.consentUndone", s.name()), null));
        };
    }

    private String kind(ConsentKind kind) {
        return messages.get(kind == ConsentKind.PHOTO ? "students.photo" : "students.participation");
    }
}
