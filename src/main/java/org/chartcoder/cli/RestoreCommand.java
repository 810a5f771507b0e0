package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.chartcoder.local.DataDirectoryArchive;
import org.chartcoder.runtime.EngineConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Recreates a data directory, extended attributes included, from an archive that backup wrote. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Recreate a data directory from an archive written by backup; the directory (--data-dir) "
                + "must be new or empty, and appears only once wholly restored.")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The archive (gzip-compressed when it ends with .gz or .tgz).")
    Path archive;

    @Override
    public Integer call() throws Exception {
        Path dataDir = EngineConfiguration.dataDirectory(common.settings("local").lookup());
        long started = System.nanoTime();
        DataDirectoryArchive.Totals totals = DataDirectoryArchive.restore(archive, dataDir,
                soFar -> System.out.println("Restoring: " + BackupCommand.describe(soFar)));
        System.out.printf("Restored %s from %s into %s in %.1f s%n", BackupCommand.describe(totals), archive, dataDir,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
