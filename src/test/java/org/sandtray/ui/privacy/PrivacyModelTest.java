package org.sandtray.ui.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sandtray.library.Library;
import org.sandtray.library.Restore;
import org.sandtray.library.Secret;
import org.sandtray.library.TestLibraries;
import org.sandtray.ui.Background;
import org.sandtray.ui.Messages;
import org.sandtray.ui.Notice;
import org.sandtray.ui.UiFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** The Privacy and backup screen without a screen: backup and restore with their notices, reminders, settings, passphrase. */
class PrivacyModelTest {
    @TempDir
    Path tmp;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Notice> notices = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void aBackupIsWrittenRemindedOfAfterAWeekAndRestoresIntoANewFolder() throws Exception {
        try (Library library = TestLibraries.create(tmp.resolve("lib"))) {
            UiFixtures.club(library, true);
            PrivacyModel model = new PrivacyModel(library, messages, Background.direct(), notices::add, failures::add);
            assertEquals(List.of(messages.get("reminder.noBackup")), PrivacyModel.reminders(library, messages, Instant.now()));
            assertEquals(messages.get("privacy.noBackup"), model.lastBackup().get());

            Path file = tmp.resolve("backup.zip");
            model.backup(file);
            assertEquals(List.of(), failures);
            assertTrue(Files.isRegularFile(file));
            assertEquals(Notice.Kind.DONE, notices.get(notices.size() - 1).kind());
            assertTrue(notices.get(notices.size() - 1).text().contains(file.toString()));
            assertNotEquals(messages.get("privacy.noBackup"), model.lastBackup().get());
            assertEquals(List.of(), model.reminders().get(), "just backed up: nothing to remind");
            assertEquals(List.of(messages.get("reminder.backupOld", 8)),
                    PrivacyModel.reminders(library, messages, Instant.now().plus(Duration.ofDays(8).plusHours(1))));

            model.backup(file);
            assertEquals(Notice.Kind.NOTE, notices.get(notices.size() - 1).kind(), "an existing file is a calm refusal");

            Restore.Result[] restored = new Restore.Result[1];
            model.restore(file, tmp.resolve("restored"), TestLibraries.secret(), r -> restored[0] = r);
            assertEquals(List.of(), failures);
            assertTrue(restored[0].check().ok());
            try (Library back = TestLibraries.open(tmp.resolve("restored"))) {
                assertEquals(3, back.students().list().size());
            }
        }
    }

    @Test
    void pupilsPastRetentionAreRemindedAndTheSettingsAreKeptInTheLibrary() {
        try (Library library = TestLibraries.create(tmp.resolve("lib"))) {
            UiFixtures.club(library, true);
            library.retention().setLeftOn("S2", LocalDate.now().minusYears(4));
            library.retention().setLeftOn("S3", LocalDate.now().minusYears(1));
            PrivacyModel model = new PrivacyModel(library, messages, Background.direct(), notices::add, failures::add);
            assertTrue(model.reminders().get().contains(messages.get("reminder.due", 1, "S2", 3)), model.reminders().get().toString());
            assertTrue(model.apply(15, 1));
            assertEquals(15, library.idleLock().minutes());
            assertEquals(1, library.retention().years());
            assertTrue(model.reminders().get().contains(messages.get("reminder.due", 2, "S2, S3", 1)), model.reminders().get().toString());
            assertFalse(model.apply(15, 101), "a retention of 101 years is refused");
            assertEquals(1, library.retention().years());
        }
    }

    @Test
    void thePassphraseChangesOnlyWithTheCurrentOneAndTwoEqualNewOnes() {
        Path folder = tmp.resolve("enc");
        try (Library library = Library.create(folder, "test", TestLibraries.newKeys())) {
            PrivacyModel model = new PrivacyModel(library, messages, Background.direct(), notices::add, failures::add);
            assertFalse(model.changePassphrase("not the one", "new passphrase 1", "new passphrase 1"));
            assertEquals(messages.get("lock.wrong"), notices.get(notices.size() - 1).text());
            assertFalse(model.changePassphrase(TestLibraries.PASSPHRASE, "new passphrase 1", "new passphrase 2"));
            assertFalse(model.changePassphrase(TestLibraries.PASSPHRASE, "short", "short"));
            assertTrue(model.changePassphrase(TestLibraries.PASSPHRASE, "new passphrase 1", "new passphrase 1"));
            assertTrue(library.unlocks(Secret.passphrase("new passphrase 1")));
            assertFalse(library.unlocks(TestLibraries.secret()));
        }
    }
}
