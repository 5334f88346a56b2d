package org.sandtray.domain;

import java.time.LocalDate;

/**
 * One consent record: the guardian's consent and the child's own assent, each given, refused or
 * not recorded (null), with the date recorded and, once withdrawn, the date of withdrawal.
 */
public record Consent(ConsentKind kind, Boolean guardianConsent, Boolean childAssent,
                      LocalDate recordedOn, LocalDate withdrawnOn) {

    /** True when the guardian consented, the child did not refuse, and nothing was withdrawn. */
    public boolean permits() {
        return withdrawnOn == null && Boolean.TRUE.equals(guardianConsent) && !Boolean.FALSE.equals(childAssent);
    }

    public Consent withdrawn(LocalDate on) {
        return new Consent(kind, guardianConsent, childAssent, recordedOn, on);
    }

    public static Consent none(ConsentKind kind) {
        return new Consent(kind, null, null, null, null);
    }
}
