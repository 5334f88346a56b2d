package org.sandtray.capture;

/** A camera or video source failed in a way the counselor can act on; the message names it. */
public class CameraException extends Exception {
    public CameraException(String message) { super(message); }

    public CameraException(String message, Throwable cause) { super(message, cause); }
}
