package org.sandtray.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * One of our frame sources seen through Webcam Capture's device interface, so listing, opening
 * and closing go through one API whatever the camera. The program itself takes frames as Mats
 * from {@link #source()}; {@link #getImage()} serves Webcam Capture's own callers.
 */
public final class FrameSourceDevice implements WebcamDevice {
    private final String name;
    private final Dimension[] resolutions;
    private final Supplier<FrameSource> factory;
    private Dimension resolution;
    private FrameSource source;
    private final OpenCVFrameConverter.ToMat toFrame = new OpenCVFrameConverter.ToMat();
    private final Java2DFrameConverter toImage = new Java2DFrameConverter();

    public FrameSourceDevice(String name, Dimension[] resolutions, Supplier<FrameSource> factory) {
        this.name = name;
        this.resolutions = resolutions.clone();
        this.resolution = resolutions[0];
        this.factory = factory;
    }

    @Override public String getName() { return name; }

    @Override public Dimension[] getResolutions() { return resolutions.clone(); }

    @Override public Dimension getResolution() { return resolution; }

    @Override public void setResolution(Dimension size) { this.resolution = size; }

    /** A new, unopened source for this device (the program's own way to take frames from it). */
    FrameSource newSource() {
        return factory.get();
    }

    /** The open source; frames are Mats, newest only. */
    public FrameSource source() {
        if (source == null) throw new WebcamException("camera " + name + " is not open");
        return source;
    }

    @Override
    public BufferedImage getImage() {
        try {
            Mat frame = source().grab();
            return frame == null ? null : toImage.convert(toFrame.convert(frame));
        } catch (CameraException e) {
            throw new WebcamException(e.getMessage(), e);
        }
    }

    @Override
    public void open() {
        if (source != null) return;
        FrameSource s = factory.get();
        try {
            s.open();
        } catch (CameraException e) {
            s.close();
            throw new WebcamException(e.getMessage(), e);
        }
        source = s;
    }

    @Override
    public void close() {
        if (source != null) source.close();
        source = null;
    }

    @Override
    public void dispose() {
        close();
        toFrame.close();
        toImage.close();
    }

    @Override public boolean isOpen() { return source != null; }
}
