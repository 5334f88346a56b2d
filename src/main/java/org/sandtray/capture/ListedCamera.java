package org.sandtray.capture;

/**
 * A camera as the operating system lists it: the name a person reads ("USB 视频设备", "FaceTime HD
 * Camera", /dev/video0) and, where the OS has one, a second name that opens the same device when the
 * first cannot (DirectShow's ASCII "alternative name" @device_pnp_..., AVFoundation's index).
 */
public record ListedCamera(String name, String alternativeName) {
    public ListedCamera {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a camera needs a name");
    }
}
