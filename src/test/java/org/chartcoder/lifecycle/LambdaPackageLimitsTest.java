package org.chartcoder.lifecycle;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lambda's package limits, which moto does not enforce, are enforced before anything is uploaded. */
class LambdaPackageLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aPackageThatUnzipsPastTheLimitIsRefusedWithItsSizes() throws IOException {
        Path zip = dir.resolve("big.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            // zeros compress to almost nothing: small zipped, past 250 MB unzipped
            out.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 251; i++) {
                out.write(block);
            }
            out.closeEntry();
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LambdaDeployment.checkPackageLimits(zip));
        assertTrue(refused.getMessage().contains("unzipped") && refused.getMessage().contains("chart-coder-lambda.zip"),
                refused.getMessage());
    }

    @Test
    void aPackageWithinTheLimitsPasses() throws IOException {
        Path zip = dir.resolve("small.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Handler.class"));
            out.write(new byte[1024]);
            out.closeEntry();
        }
        LambdaDeployment.checkPackageLimits(zip);
    }
}
