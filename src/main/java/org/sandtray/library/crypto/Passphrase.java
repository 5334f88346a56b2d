package org.sandtray.library.crypto;

import java.util.Arrays;

/**
 * A passphrase as characters that can be wiped once used (a String would stay in memory until
 * collected). {@link #close()} overwrites them.
 */
public final class Passphrase implements AutoCloseable {
    /** Fewer characters than this are refused for a new passphrase. */
    public static final int MIN_LENGTH = 8;

    private final char[] chars;

    public Passphrase(char[] chars) {
        this.chars = chars.clone();
    }

    public static Passphrase of(String text) {
        return new Passphrase(text.toCharArray());
    }

    public char[] chars() { return chars; }

    /** Length in characters as a person counts them (a Chinese character is one). */
    public int length() {
        return Character.codePointCount(chars, 0, chars.length);
    }

    public boolean isEmpty() { return chars.length == 0; }

    /** True when both hold the same characters (compared in constant time). */
    public boolean sameAs(Passphrase other) {
        if (other.chars.length != chars.length) return false;
        int diff = 0;
        for (int i = 0; i < chars.length; i++) diff |= chars[i] ^ other.chars[i];
        return diff == 0;
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() { return "Passphrase[hidden]"; }
}
