package org.sandtray.bench;

import org.sandtray.domain.Consent;
import org.sandtray.domain.ConsentKind;

/** The consent a bench's pupils have, so the library's consent rules let their stills be stored. */
public final class BenchConsent {
    /** Photo consent by guardian and child, in force from always. */
    public static final Consent PHOTOS_ALLOWED = new Consent(ConsentKind.PHOTO, true, true, null, null);

    private BenchConsent() {}
}
