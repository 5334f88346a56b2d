package org.sandtray.cli;

import org.sandtray.library.Backup;
import org.sandtray.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code backup --to FILE}: the whole library in one verified file (an encrypted library stays encrypted in it). */
@Command(name = "backup", description = "Write the whole library (database and still files, as stored: encrypted if the library is) to one "
        + "new file, read it back to verify it, and record when. Restore it with: restore FILE --library NEW_FOLDER.")
final class BackupCommand extends LibraryCommand {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "A new file (a ZIP any unzip tool can list).")
    Path to;

    @Override
    int run(Library library) {
        Backup.Result result = Backup.write(library, to, Backup.Progress.NONE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", result.file().toString());
        m.put("stillFiles", result.stillFiles());
        m.put("bytes", result.bytes());
        m.put("encrypted", result.encrypted());
        m.put("verified", true);
        output().json(m);
        say("backup.written", result.file(), result.stillFiles());
        if (!result.encrypted()) say("backup.plainWarning");
        return 0;
    }
}
