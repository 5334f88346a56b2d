package org.sandtray.cli;

import org.sandtray.library.Library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The command line's side of the consent rules ({@link org.sandtray.library.Consents}): warnings, never refusals. */
final class ConsentWarnings {
    private ConsentWarnings() {}

    /** Joining went ahead; the audit log has recorded who had no participation consent in force. */
    static void participation(LibraryCommand command, Library library, List<String> codes, LocalDate day) {
        List<String> missing = library.consents().withoutParticipation(codes, day);
        if (!missing.isEmpty()) command.say("consent.participationMissing", String.join(", ", missing), day);
    }

    /** Stills of a group session stored while a member had no photo consent: marked, exported only de-identified. */
    static void photos(LibraryCommand command, Library library, long session, List<Long> stills) {
        LocalDate day = library.stills().require(stills.get(0)).takenAt().atZone(ZoneId.systemDefault()).toLocalDate();
        command.say("consent.photoMissing", stills.size(), String.join(", ", library.consents().withoutPhotoConsent(session, day)));
    }
}
