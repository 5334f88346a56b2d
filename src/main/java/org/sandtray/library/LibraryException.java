package org.sandtray.library;

/**
 * A problem the counselor can act on: the message names it in plain words. Nothing stored has
 * been changed when one is thrown from a library call.
 */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) { super(message); }

    public LibraryException(String message, Throwable cause) { super(message, cause); }
}
