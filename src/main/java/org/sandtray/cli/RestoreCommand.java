package org.sandtray.cli;

import org.sandtray.library.Backup;
import org.sandtray.library.Restore;
import org.sandtray.library.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code restore FILE --library DIR}: a backup into a new or empty folder, then checked whole. */
@Command(name = "restore", description = "Restore a backup into the folder named by --library, which must be new or empty; the restored "
        + "library is checked whole (every file rehashed). An encrypted backup needs its passphrase or recovery key.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by the backup command.")
    Path file;

    @Override
    public Integer call() {
        SandtrayCommand root = (SandtrayCommand) spec.root().userObject();
        Secret secret = Restore.encrypted(file) ? new Credentials(root).forOpening() : null;
        Restore.Result result = Restore.restore(file, root.libraryFolder(), secret, "cli restore", Backup.Progress.NONE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("library", result.folder().toString());
        m.put("stillFiles", result.stillFiles());
        m.put("encrypted", result.encrypted());
        m.put("check_ok", result.check().ok());
        new Output(spec.commandLine().getOut()).json(m);
        spec.commandLine().getErr().println(root.text().get("restore.done", result.folder(), result.stillFiles()));
        return 0;
    }
}
