package org.chartcoder.local;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A data directory as one tar file that ordinary tools copy whole: every file's bytes and permission
 * bits and every user extended attribute, where the S3 emulator keeps each object's encryption
 * envelope, so a restored directory decrypts. The archive is written to a temporary name and moved
 * into place, and a restore fills a temporary sibling directory that is renamed once complete, so
 * neither leaves a half-written result under the name asked for.
 */
public final class DataDirectoryArchive {

    /** Files and bytes so far; objects are the S3 emulator's files, one per stored object. */
    public record Totals(long files, long objects, long bytes) {
        Totals plus(boolean object, long size) {
            return new Totals(files + 1, objects + (object ? 1 : 0), bytes + size);
        }
    }

    private static final String OBJECTS_DIR = "s3";
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;
    private static final int COPY_BUFFER = 1 << 16;

    private DataDirectoryArchive() {
    }

    /**
     * Writes {@code dataDir} to {@code archive} (gzip-compressed when the name ends with .gz or .tgz).
     * Refuses while a local process serves the directory: its writes would make the copy inconsistent.
     */
    public static Totals backup(Path dataDir, Path archive, Consumer<Totals> progress) throws IOException {
        if (!Files.isDirectory(dataDir.resolve(OBJECTS_DIR))) {
            throw new IllegalArgumentException("not a local data directory (no " + OBJECTS_DIR + "/ in it): " + dataDir);
        }
        if (archive.toAbsolutePath().normalize().startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the archive must be written outside the data directory");
        }
        refuseWhileRunning(dataDir);
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Totals totals = new Totals(0, 0, 0);
        try (OutputStream out = compressedIfNamed(archive, new BufferedOutputStream(Files.newOutputStream(partial), COPY_BUFFER))) {
            long lastReport = System.nanoTime();
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dataDir)) {
                paths = walk.filter(path -> !path.equals(dataDir)).sorted().toList();
            }
            for (Path path : paths) {
                String name = dataDir.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    PaxTar.writeHeader(out, new PaxTar.Entry(name, PaxTar.DIRECTORY, mode(path), 0, Map.of()));
                    continue;
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("not a regular file or directory: " + name);
                }
                long size = Files.size(path);
                PaxTar.writeHeader(out, new PaxTar.Entry(name, PaxTar.FILE, mode(path), size, userAttributes(path)));
                try (InputStream in = Files.newInputStream(path)) {
                    copyExactly(in, out, size, "changed while being backed up: " + name);
                    if (in.read() >= 0) {
                        throw new IOException("changed while being backed up: " + name);
                    }
                }
                PaxTar.pad(out, size);
                totals = totals.plus(name.startsWith(OBJECTS_DIR + "/"), size);
                if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                    progress.accept(totals);
                    lastReport = System.nanoTime();
                }
            }
            PaxTar.writeEnd(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return totals;
    }

    /** Recreates the directory an archive holds as {@code dataDir}, which must be absent or empty. */
    public static Totals restore(Path archive, Path dataDir, Consumer<Totals> progress) throws IOException {
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new IllegalArgumentException("the data directory is not empty: " + dataDir
                    + " (restore writes into a new or empty directory only)");
        }
        Path absolute = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + ".restoring-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Totals totals = new Totals(0, 0, 0);
        try (InputStream in = decompressedIfNamed(archive, new BufferedInputStream(Files.newInputStream(archive), COPY_BUFFER))) {
            long lastReport = System.nanoTime();
            for (PaxTar.Entry entry = PaxTar.readHeader(in); entry != null; entry = PaxTar.readHeader(in)) {
                Path target = inside(staging, entry.path());
                if (entry.type() == PaxTar.DIRECTORY) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, permissions(entry.mode()));
                } else if (entry.type() == PaxTar.FILE) {
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        copyExactly(in, out, entry.size(), "the archive is truncated");
                    }
                    PaxTar.skipPadding(in, entry.size());
                    UserDefinedFileAttributeView view = Files.getFileAttributeView(target, UserDefinedFileAttributeView.class);
                    for (Map.Entry<String, byte[]> attribute : entry.userAttributes().entrySet()) {
                        view.write(attribute.getKey(), ByteBuffer.wrap(attribute.getValue()));
                    }
                    Files.setPosixFilePermissions(target, permissions(entry.mode()));
                    totals = totals.plus(entry.path().startsWith(OBJECTS_DIR + "/"), entry.size());
                } else {
                    throw new IOException("the archive holds an entry that is neither a file nor a directory: " + entry.path());
                }
                if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                    progress.accept(totals);
                    lastReport = System.nanoTime();
                }
            }
            Files.deleteIfExists(absolute);
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(staging);
            throw e;
        }
        return totals;
    }

    /** The address a local process serving this directory listens on, if one answers there now. */
    static Optional<String> runningLocalProcess(Path dataDir) throws IOException {
        Path endpointsFile = dataDir.resolve(LocalEndpoints.FILE);
        if (!Files.exists(endpointsFile)) {
            return Optional.empty();
        }
        URI s3 = URI.create(LocalEndpoints.read(endpointsFile).getOrDefault("chartcoder.s3.endpoint", "http://127.0.0.1:0"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(s3.getHost(), s3.getPort()), 500);
            return Optional.of(s3.getHost() + ":" + s3.getPort());
        } catch (IOException | IllegalArgumentException nothingListens) {
            return Optional.empty();
        }
    }

    private static void refuseWhileRunning(Path dataDir) throws IOException {
        Optional<String> running = runningLocalProcess(dataDir);
        if (running.isPresent()) {
            throw new IllegalStateException("local mode is running on this data directory (its S3 emulator answers on "
                    + running.get() + "): stop it first, a copy taken while it writes is not consistent");
        }
    }

    private static Path inside(Path root, String name) throws IOException {
        Path target = root.resolve(name).normalize();
        if (name.isEmpty() || Path.of(name).isAbsolute() || !target.startsWith(root) || target.equals(root)) {
            throw new IOException("the archive holds a path outside the data directory: " + name);
        }
        return target;
    }

    private static Map<String, byte[]> userAttributes(Path file) throws IOException {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
        Map<String, byte[]> attributes = new LinkedHashMap<>();
        if (view == null) {
            return attributes;
        }
        for (String name : view.list().stream().sorted().toList()) {
            ByteBuffer value = ByteBuffer.allocate(view.size(name));
            view.read(name, value);
            attributes.put(name, value.array());
        }
        return attributes;
    }

    private static int mode(Path path) throws IOException {
        int mode = 0;
        for (PosixFilePermission permission : Files.getPosixFilePermissions(path)) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }

    /** PosixFilePermission's order is OWNER_READ..OTHERS_EXECUTE, the bits 0400 down to 0001. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - permission.ordinal()))) != 0) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    private static void copyExactly(InputStream in, OutputStream out, long size, String whenShort) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long left = size;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new java.io.EOFException(whenShort);
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean compressed(Path archive) {
        String name = archive.getFileName().toString();
        return name.endsWith(".gz") || name.endsWith(".tgz");
    }

    private static OutputStream compressedIfNamed(Path archive, OutputStream out) throws IOException {
        return compressed(archive) ? new GZIPOutputStream(out, COPY_BUFFER) : out;
    }

    private static InputStream decompressedIfNamed(Path archive, InputStream in) throws IOException {
        return compressed(archive) ? new GZIPInputStream(in, COPY_BUFFER) : in;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
