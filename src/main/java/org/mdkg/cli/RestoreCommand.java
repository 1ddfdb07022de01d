package org.mdkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mdkg.backup.Restore;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Replaces the store's content with a backup, all or nothing. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Replace everything in the store with a backup (.nq.gz or .nq). The backup is parsed "
                + "completely first; a broken file changes nothing. A store that is not empty needs --replace. With "
                + "--store sparql:…, the graphs are staged in the remote store and swapped in with one update, "
                + "refused if another front-end wrote meanwhile.",
        footer = ExitCode.HELP)
final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file.")
    Path backup;

    @Option(names = "--replace", description = "Allow replacing a store that already holds data.")
    boolean replace;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long quads = store.useAny(opened -> {
            if (!opened.isEmpty() && !replace) {
                throw new MdkgException(
                        ErrorKind.BAD_INPUT,
                        "the store " + opened.location() + " is not empty; "
                                + "add --replace to overwrite it with the backup");
            }
            return Restore.replaceAll(opened, backup);
        });
        spec.commandLine().getOut().printf("Restored %d quads from %s%n", quads, backup);
        return ExitCode.OK;
    }
}
