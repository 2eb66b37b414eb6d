package io.github.musicbutler.lambdarun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The deployable function as Lambda receives it. A {@code function.zip} is unpacked the way Lambda unpacks it into
 * {@code /var/task}; what the task root holds then decides how it runs: a {@code bootstrap} file means a custom
 * runtime (Quarkus native), anything else a Java runtime. A native runner ({@code *-runner}) or {@code bootstrap}
 * file may also be given directly.
 */
public record FunctionArtifact(Path taskRoot, Path bootstrap) {

    public boolean isNative() {
        return bootstrap != null;
    }

    public static FunctionArtifact of(Path artifact) {
        if (Files.isDirectory(artifact)) {
            return ofTaskRoot(artifact);
        }
        if (artifact.getFileName().toString().endsWith(".zip")) {
            return ofTaskRoot(unpack(artifact));
        }
        if (Files.isExecutable(artifact)) {
            return new FunctionArtifact(artifact.toAbsolutePath().getParent(), artifact.toAbsolutePath());
        }
        throw new IllegalArgumentException(artifact + " is neither a function.zip, a task root nor an executable");
    }

    private static FunctionArtifact ofTaskRoot(Path taskRoot) {
        Path bootstrap = taskRoot.resolve("bootstrap");
        return new FunctionArtifact(taskRoot.toAbsolutePath(), Files.isRegularFile(bootstrap) ? bootstrap : null);
    }

    /**
     * Unpacks next to the zip ({@code target/lambdarun/function}), again only when the zip is newer than the last
     * unpacking, so a hundred benchmark runs share one copy and a rebuild is never missed.
     */
    static Path unpack(Path zip) {
        Path target = zip.toAbsolutePath().getParent().resolve("lambdarun")
                .resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
        Path stamp = target.resolve(".unpacked-from");
        try {
            FileTime zipTime = Files.getLastModifiedTime(zip);
            if (Files.exists(stamp) && Files.readString(stamp).equals(zipTime.toMillis() + ":" + Files.size(zip))) {
                return target;
            }
            deleteRecursively(target);
            Files.createDirectories(target);
            try (ZipFile zipFile = new ZipFile(zip.toFile())) {
                for (ZipEntry entry : zipFile.stream().toList()) {
                    Path file = target.resolve(entry.getName()).normalize();
                    if (!file.startsWith(target)) {
                        throw new IOException("zip entry outside the task root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (var in = zipFile.getInputStream(entry)) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            // zips made on Linux keep the mode bits, but java.util.zip does not expose them: bootstrap must run
            Path bootstrap = target.resolve("bootstrap");
            if (Files.exists(bootstrap)) {
                Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.writeString(stamp, zipTime.toMillis() + ":" + Files.size(zip));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
