package org.sandtray.vision;

/** A side of the tray's rim (of the picture, when no tray region is marked): where a hand comes in. */
public enum RimSide { TOP, RIGHT, BOTTOM, LEFT }
