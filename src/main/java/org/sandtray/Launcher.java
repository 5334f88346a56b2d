package org.sandtray;
public final class Launcher { public static void main(String[] a) {} }
