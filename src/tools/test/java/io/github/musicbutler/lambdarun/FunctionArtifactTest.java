package io.github.musicbutler.lambdarun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionArtifactTest {

    @TempDir
    Path target;

    private Path zip(String... entriesAndContents) throws IOException {
        Path zip = target.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes());
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void jvmZipIsUnpackedAsATaskRootBesideIt() throws IOException {
        FunctionArtifact artifact = FunctionArtifact.of(zip("lib/quarkus-core.jar", "jar", "application.properties", "x=1"));

        assertEquals(target.resolve("lambdarun").resolve("function"), artifact.taskRoot());
        assertEquals("jar", Files.readString(artifact.taskRoot().resolve("lib/quarkus-core.jar")));
        assertFalse(artifact.isNative());
    }

    @Test
    void zipWithBootstrapIsNativeAndItsBootstrapIsExecutable() throws IOException {
        FunctionArtifact artifact = FunctionArtifact.of(zip("bootstrap", "#!/bin/sh\n"));

        assertTrue(artifact.isNative());
        assertTrue(Files.isExecutable(artifact.bootstrap()));
    }

    @Test
    void unchangedZipIsNotUnpackedAgain() throws IOException {
        Path zip = zip("application.properties", "x=1");
        Path taskRoot = FunctionArtifact.of(zip).taskRoot();
        Files.writeString(taskRoot.resolve("application.properties"), "touched");

        FunctionArtifact.of(zip);

        assertEquals("touched", Files.readString(taskRoot.resolve("application.properties")));
    }

    @Test
    void rebuiltZipReplacesTheOldTaskRoot() throws IOException {
        Path taskRoot = FunctionArtifact.of(zip("old.properties", "x=1")).taskRoot();
        Path rebuilt = zip("new.properties", "x=2");
        Files.setLastModifiedTime(rebuilt, FileTime.from(Instant.now().plusSeconds(5)));

        FunctionArtifact.of(rebuilt);

        assertFalse(Files.exists(taskRoot.resolve("old.properties")));
        assertEquals("x=2", Files.readString(taskRoot.resolve("new.properties")));
    }

    @Test
    void entryPointingOutsideTheTaskRootIsRefused() throws IOException {
        Path zip = zip("../../escaped.sh", "rm -rf /");

        assertThrows(UncheckedIOException.class, () -> FunctionArtifact.of(zip));
        assertFalse(Files.exists(target.resolve("escaped.sh")));
    }

    @Test
    void somethingElseIsNoArtifact() throws IOException {
        Path text = Files.writeString(target.resolve("notes.txt"), "not a function");

        assertThrows(IllegalArgumentException.class, () -> FunctionArtifact.of(text));
    }
}
