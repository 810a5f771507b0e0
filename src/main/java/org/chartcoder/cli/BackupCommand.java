package org.chartcoder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.chartcoder.local.DataDirectoryArchive;
import org.chartcoder.runtime.EngineConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the local data directory, extended attributes included, to one archive file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write the data directory (objects with their encryption metadata, index, keys) to one tar file "
                + "that cp, scp, rsync or S3 copy as is; gzip-compressed when FILE ends with .gz or .tgz.",
                "Refuses while local mode runs on the directory. The archive holds the keys: keep it as safe as the directory."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The archive to write (replaced if present).")
    Path archive;

    @Override
    public Integer call() throws Exception {
        Path dataDir = EngineConfiguration.dataDirectory(common.settings("local").lookup());
        long started = System.nanoTime();
        DataDirectoryArchive.Totals totals = DataDirectoryArchive.backup(dataDir, archive,
                soFar -> System.out.println("Backing up: " + describe(soFar)));
        System.out.printf("Backed up %s of %s to %s in %.1f s%n", describe(totals), dataDir, archive, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    static String describe(DataDirectoryArchive.Totals totals) {
        return String.format("%,d files (%,d objects), %.1f MB", totals.files(), totals.objects(), totals.bytes() / 1e6);
    }
}
