package org.sandtray.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, when there is one. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Sandtray Recorder " + (v != null ? v : "(development build)")};
    }
}
