package org.sandtray.domain;

import java.util.Locale;

/**
 * How the counselor culled a still, as photographers do: starred (a good one), rejected (hidden
 * from review and export, still kept in the library), or neither.
 */
public enum StillPick {
    NONE, STARRED, REJECTED;

    /** The stored code; null for NONE. */
    public String code() { return this == NONE ? null : name().toLowerCase(Locale.ROOT); }

    public static StillPick fromCode(String code) {
        return code == null ? NONE : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
