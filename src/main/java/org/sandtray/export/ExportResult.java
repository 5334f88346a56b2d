package org.sandtray.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the folder, every file in it (relative, with forward slashes), whether it
 * is de-identified, and how many sessions, stills and blurred regions it holds.
 */
public record ExportResult(Path folder, List<String> files, boolean deidentified, int sessions, int stills,
                           int blurredRegions) {
}
