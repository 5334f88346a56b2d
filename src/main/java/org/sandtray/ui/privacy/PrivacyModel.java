package org.sandtray.ui.privacy;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sandtray.library.Backup;
import org.sandtray.library.Library;
import org.sandtray.library.Restore;
import org.sandtray.library.Retention;
import org.sandtray.library.Secret;
import org.sandtray.library.crypto.KdfParameters;
import org.sandtray.library.crypto.Passphrase;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Privacy and backup screen as a view-model: backup and restore on the task executor (with
 * progress), the passphrase changed, the idle lock and retention settings, and the reminders the
 * home screen shows too (a backup older than a week, pupils past retention). No scene graph: the
 * view binds; tests drive it with {@link Background#direct()}.
 */
public final class PrivacyModel {
    /** A backup older than this is reminded of. */
    static final Duration BACKUP_DUE = Duration.ofDays(7);

    private final Library library;
    private final Messages messages;
    private final Background background;
    private final Consumer<Notice> notices;
    private final Consumer<Throwable> failures;
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<String>> reminders = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param failures real failures (a full disk, a damaged backup): the view shows them in the red dialog */
    public PrivacyModel(Library library, Messages messages, Background background, Consumer<Notice> notices,
                        Consumer<Throwable> failures) {
        this.library = library;
        this.messages = messages;
        this.background = background;
        this.notices = notices;
        this.failures = failures;
        refresh();
    }

    /** Reads the last backup, the settings and who is due again. */
    public void refresh() {
        Optional<Instant> last = Backup.last(library);
        lastBackup.set(last.map(at -> messages.get("privacy.lastBackup", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).format(at.atZone(ZoneId.systemDefault())))).orElse(messages.get("privacy.noBackup")));
        reminders.set(reminders(library, messages, Instant.now()));
    }

    /** What the home screen and this screen remind of, in words; empty when nothing is due. */
    public static List<String> reminders(Library library, Messages messages, Instant now) {
        List<String> out = new ArrayList<>();
        Optional<Instant> last = Backup.last(library);
        if (last.isEmpty()) out.add(messages.get("reminder.noBackup"));
        else if (Duration.between(last.get(), now).compareTo(BACKUP_DUE) > 0) {
            out.add(messages.get("reminder.backupOld", Duration.between(last.get(), now).toDays()));
        }
        List<Retention.Due> due = library.retention().due(LocalDate.ofInstant(now, ZoneId.systemDefault()));
        if (!due.isEmpty()) {
            out.add(messages.get("reminder.due", due.size(), String.join(", ", due.stream().map(Retention.Due::code).toList()),
                    library.retention().years()));
        }
        return out;
    }

    /** Writes and verifies a backup to the new file, on a worker, with progress. */
    public void backup(Path file) {
        status.set(messages.get("privacy.backingUp"));
        background.task(messages.get("task.backup"), progress -> Backup.write(library, file, progress::update), done -> {
            status.set("");
            refresh();
            notices.accept(Notice.done(messages.get(done.encrypted() ? "notice.backupDone" : "notice.backupDonePlain",
                    done.file(), done.stillFiles()), null));
        }, this::failed);
    }

    /**
     * Restores a backup into a new or empty folder, on a worker, with progress; the restored
     * library is checked whole. The secret is needed when the backup is encrypted.
     */
    public void restore(Path backupFile, Path folder, Secret secret, Consumer<Restore.Result> restored) {
        status.set(messages.get("privacy.restoring"));
        background.task(messages.get("task.restore"), progress -> Restore.restore(backupFile, folder, secret, "window restore",
                progress::update), done -> {
            status.set("");
            notices.accept(Notice.done(messages.get("notice.restoreDone", done.folder(), done.stillFiles()), null));
            restored.accept(done);
        }, this::failed);
    }

    /** Changes the passphrase: the current one first, the new one twice. Returns true when changed. */
    public boolean changePassphrase(String current, String next, String again) {
        if (!library.encrypted()) {
            notices.accept(Notice.note(messages.get("privacy.notEncrypted")));
            return false;
        }
        try (Passphrase now = Passphrase.of(current); Passphrase a = Passphrase.of(next); Passphrase b = Passphrase.of(again)) {
            if (!library.unlocks(Secret.passphrase(now))) {
                notices.accept(Notice.note(messages.get("lock.wrong")));
                return false;
            }
            if (!a.sameAs(b)) {
                notices.accept(Notice.note(messages.problem(new org.sandtray.library.LibraryException("passphrase.mismatch"))));
                return false;
            }
            library.changePassphrase(a, KdfParameters.DEFAULT);
            notices.accept(Notice.done(messages.get("notice.passphraseChanged"), null));
            return true;
        } catch (org.sandtray.library.LibraryException e) {
            notices.accept(Notice.note(messages.problem(e)));
            return false;
        }
    }

    public int idleMinutes() { return library.idleLock().minutes(); }

    public int retentionYears() { return library.retention().years(); }

    /** Stores both settings; a value out of range is said, nothing changed. */
    public boolean apply(int idleMinutes, int retentionYears) {
        try {
            if (idleMinutes != idleMinutes()) library.idleLock().setMinutes(idleMinutes);
            if (retentionYears != retentionYears()) library.retention().setYears(retentionYears);
            refresh();
            notices.accept(Notice.done(messages.get("notice.privacySettings", idleMinutes, retentionYears), null));
            return true;
        } catch (org.sandtray.library.LibraryException e) {
            notices.accept(Notice.note(messages.problem(e)));
            return false;
        }
    }

    private void failed(Throwable error) {
        status.set(messages.problem(error));
        org.sandtray.ui.Alerts.route(messages, error, notices, failures);
    }

    public boolean encrypted() { return library.encrypted(); }

    public ReadOnlyStringProperty lastBackup() { return lastBackup.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<List<String>> reminders() { return reminders.getReadOnlyProperty(); }

    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
}
