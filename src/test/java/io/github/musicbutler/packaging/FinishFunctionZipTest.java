package io.github.musicbutler.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The last packaging step ({@code src/build/FinishFunctionZip.java}), run in its own JVM as the build runs it:
 * {@code java FinishFunctionZip <zip> <timestamp>}. It makes function.zip reproducible and writes
 * {@code function.zip.json}, which the Terraform module reads: {@code terraform/tests/packaging.tftest.hcl} checks that
 * side with test zips this step wrote, and the last test here keeps them so. That the real build's zip comes out the
 * same a second time is {@code FunctionZipReproducibleIT}'s part.
 */
class FinishFunctionZipTest {

    static final Path SCRIPT = Path.of("src/build/FinishFunctionZip.java");
    static final String TIMESTAMP = "2026-11-29T00:00:00Z";
    static final byte[] HANDLER = "compiled handler".getBytes(StandardCharsets.UTF_8);
    static final byte[] PROPERTIES = "quarkus.lambda.handler=alexa".getBytes(StandardCharsets.UTF_8);
    static final byte[] DEPENDENCIES = "merged dependency jar".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void twoPackagingsOfTheSameFilesGiveTheSameBytes() throws Exception {
        // As Quarkus writes it: file-system order, the build's clock, no Unix permissions.
        Path first = dir.resolve("first/function.zip");
        writePlainZip(first, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(
                entry("lib/dependencies.jar", DEPENDENCIES), entry("io/github/Handler.class", HANDLER),
                entry("application.properties", PROPERTIES)));
        // The same files another time, in another order, with Unix permissions.
        Path second = dir.resolve("second/function.zip");
        writeUnixZip(second, Instant.parse("2026-12-24T18:00:00Z"), List.of(
                entry("application.properties", PROPERTIES), entry("lib/dependencies.jar", DEPENDENCIES),
                entry("io/github/Handler.class", HANDLER)), "rw-r-----");

        assertEquals(0, finish(first).exitCode());
        assertEquals(0, finish(second).exitCode());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void entriesAreInNameOrderAtTheBuildTimestamp() throws Exception {
        Path zip = dir.resolve("function.zip");
        writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(
                entry("lib/dependencies.jar", DEPENDENCIES), entry("io/github/Handler.class", HANDLER),
                entry("application.properties", PROPERTIES)));

        finish(zip);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals(List.of("application.properties", "io/", "io/github/", "io/github/Handler.class", "lib/",
                    "lib/dependencies.jar"), file.stream().map(ZipEntry::getName).toList());
            assertEquals(List.of(FileTime.from(Instant.parse(TIMESTAMP))),
                    file.stream().map(ZipEntry::getLastModifiedTime).distinct().toList());
        }
    }

    @Test
    void theBytesDoNotDependOnTheMachinesTimeZone() throws Exception {
        Path berlin = dir.resolve("berlin/function.zip");
        Path honolulu = dir.resolve("honolulu/function.zip");
        for (Path zip : List.of(berlin, honolulu)) {
            writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(entry("lib/dependencies.jar", DEPENDENCIES)));
        }

        finish(berlin, "-Duser.timezone=Europe/Berlin");
        finish(honolulu, "-Duser.timezone=Pacific/Honolulu");

        assertArrayEquals(Files.readAllBytes(berlin), Files.readAllBytes(honolulu));
    }

    @Test
    void finishingAFinishedZipChangesNothing() throws Exception {
        Path zip = dir.resolve("function.zip");
        writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(
                entry("io/github/Handler.class", HANDLER), entry("lib/dependencies.jar", DEPENDENCIES)));
        finish(zip);
        byte[] finished = Files.readAllBytes(zip);

        finish(zip);

        assertArrayEquals(finished, Files.readAllBytes(zip));
    }

    @Test
    void everythingIsReadableByAllAndExecutablesStayExecutable() throws Exception {
        Path zip = dir.resolve("function.zip");
        writeUnixZip(zip, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0x3e))), "rwx------");

        finish(zip);

        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(fs.getPath("bootstrap")));
        }
        Path jvm = dir.resolve("jvm/function.zip");
        writeUnixZip(jvm, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("lib/dependencies.jar", DEPENDENCIES)), "rw-------");
        finish(jvm);
        try (FileSystem fs = FileSystems.newFileSystem(jvm, Map.of("enablePosixFileAttributes", "true"))) {
            assertEquals(PosixFilePermissions.fromString("rw-r--r--"),
                    Files.getPosixFilePermissions(fs.getPath("lib/dependencies.jar")));
            assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(fs.getPath("lib")));
        }
    }

    @Test
    void aJvmZipIsDescribedAsJvmForBothArchitectures() throws Exception {
        Path zip = dir.resolve("function.zip");
        writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(
                entry("io/github/Handler.class", HANDLER), entry("lib/dependencies.jar", DEPENDENCIES)));

        finish(zip);

        JsonNode manifest = manifest(zip);
        assertEquals(1, manifest.get("format").asInt());
        assertEquals("jvm", manifest.get("packaging").asText());
        assertEquals(List.of("x86_64", "arm64"), texts(manifest.get("architectures")));
        assertEquals(sha256(zip), manifest.get("sha256").asText());
    }

    @Test
    void aNativeZipIsDescribedWithTheCpuItsBootstrapWasBuiltFor() throws Exception {
        Path x86 = dir.resolve("x86/function.zip");
        Path arm = dir.resolve("arm/function.zip");
        writeUnixZip(x86, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0x3e))), "rwxr-xr-x");
        writeUnixZip(arm, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0xb7))), "rwxr-xr-x");

        finish(x86);
        finish(arm);

        assertEquals("native", manifest(x86).get("packaging").asText());
        assertEquals(List.of("x86_64"), texts(manifest(x86).get("architectures")));
        assertEquals("native", manifest(arm).get("packaging").asText());
        assertEquals(List.of("arm64"), texts(manifest(arm).get("architectures")));
        assertEquals(sha256(arm), manifest(arm).get("sha256").asText());
    }

    @Test
    void aBootstrapScriptRunsOnEitherArchitecture() throws Exception {
        Path zip = dir.resolve("function.zip");
        writeUnixZip(zip, Instant.parse("2026-12-24T18:00:00Z"),
                List.of(entry("bootstrap", "#!/bin/sh\nexec ./runner\n".getBytes(StandardCharsets.UTF_8))), "rwxr-xr-x");

        finish(zip);

        assertEquals("native", manifest(zip).get("packaging").asText());
        assertEquals(List.of("x86_64", "arm64"), texts(manifest(zip).get("architectures")));
    }

    @Test
    void aBootstrapForAnotherCpuStopsTheBuild() throws Exception {
        Path zip = dir.resolve("function.zip");
        writeUnixZip(zip, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0xf3))), "rwxr-xr-x");

        BuildScript.Run run = finish(zip);

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("bootstrap is built for ELF machine 0xf3, which Lambda does not run"), run.output());
        assertTrue(Files.notExists(dir.resolve("function.zip.json")));
    }

    @Test
    void aZipOfNeitherKindStopsTheBuild() throws Exception {
        Path zip = dir.resolve("function.zip");
        writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(entry("index.js", HANDLER)));

        BuildScript.Run run = finish(zip);

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("has neither a bootstrap (native) nor lib/*.jar (JVM)"), run.output());
        assertTrue(Files.notExists(dir.resolve("function.zip.json")));
    }

    @Test
    void terraformsTestZipsAreDescribedExactlyAsTheBuildDescribesThem() throws Exception {
        for (String fixture : List.of("function.zip", "jvm/function.zip", "native-arm64/function.zip")) {
            Path committed = Path.of("terraform/tests/fixtures").resolve(fixture);
            Path copy = dir.resolve(fixture.replace("/", "-")).resolve("function.zip");
            Files.createDirectories(copy.getParent());
            Files.copy(committed, copy);

            assertEquals(0, finish(copy).exitCode(), fixture);

            assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(copy), fixture);
            assertEquals(Files.readString(committed.resolveSibling("function.zip.json")),
                    Files.readString(copy.resolveSibling("function.zip.json")), fixture);
        }
    }

    // --- fixtures ---------------------------------------------------------------------------------------------

    record Entry(String name, byte[] content) {
    }

    static Entry entry(String name, byte[] content) {
        return new Entry(name, content);
    }

    static BuildScript.Run finish(Path zip, String... jvmOptions) throws IOException, InterruptedException {
        return BuildScript.run(SCRIPT, List.of(jvmOptions), zip.toString(), TIMESTAMP);
    }

    /** A zip as java.util.zip (and Quarkus' packaging) writes it: no Unix permissions, a local time stamp. */
    static void writePlainZip(Path zip, LocalDateTime time, List<Entry> entries) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(time);
                out.putNextEntry(zipEntry);
                out.write(entry.content());
                out.closeEntry();
            }
        }
    }

    /** A zip with Unix permissions on every entry, as a zip tool on Linux or macOS writes it. */
    static void writeUnixZip(Path zip, Instant time, List<Entry> entries, String permissions) throws IOException {
        Files.createDirectories(zip.getParent());
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            for (Entry entry : entries) {
                Path path = fs.getPath(entry.name());
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                Files.write(path, entry.content());
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
                Files.setLastModifiedTime(path, FileTime.from(time));
            }
        }
    }

    /** The first bytes of a 64-bit little-endian Linux executable for the CPU {@code machine} (ELF e_machine). */
    static byte[] elf(int machine) {
        byte[] header = new byte[64];
        header[0] = 0x7f;
        header[1] = 'E';
        header[2] = 'L';
        header[3] = 'F';
        header[4] = 2; // 64-bit
        header[5] = 1; // little-endian
        header[6] = 1; // ELF version
        header[16] = 2; // executable
        header[18] = (byte) machine;
        header[19] = (byte) (machine >> 8);
        return header;
    }

    static JsonNode manifest(Path zip) throws IOException {
        return new ObjectMapper().readTree(zip.resolveSibling(zip.getFileName() + ".json").toFile());
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
