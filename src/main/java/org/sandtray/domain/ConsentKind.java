package org.sandtray.domain;

/** What a consent covers: taking part in sand-tray work, or being photographed. */
public enum ConsentKind {
    PARTICIPATION("participation"),
    PHOTO("photo");

    private final String code;

    ConsentKind(String code) { this.code = code; }

    public String code() { return code; }

    public static ConsentKind fromCode(String code) {
        for (ConsentKind k : values()) if (k.code.equals(code)) return k;
        throw new InvalidValue("consent.unknownKind", code);
    }
}
