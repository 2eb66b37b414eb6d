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
import java.util.Set;
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

    // --- the build's inputs ----------------------------------------------------------------------------------

    @Test
    void twoBuildsOfTheSameInputsHaveOneInputHashThoughTheirZipsDiffer() throws Exception {
        Project project = project(dir.resolve("project"));
        // Two builds of one commit: a generated class differs, as Quarkus 3.34's do.
        Path first = jvmZip(dir.resolve("first/function.zip"), "generated startup class, build 1");
        Path second = jvmZip(dir.resolve("second/function.zip"), "generated startup class, build 2");

        assertEquals(0, finish(first, project).exitCode());
        assertEquals(0, finish(second, project).exitCode());

        assertTrue(!sha256(first).equals(sha256(second)), "the zips differ");
        assertEquals(inputsSha256(first), inputsSha256(second));
    }

    @Test
    void aOneByteChangeOfASourceChangesTheInputHash() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");
        finish(zip, project);
        String before = inputsSha256(zip);

        Path source = project.root().resolve("src/main/java/Handler.java");
        Files.writeString(source, Files.readString(source).replace("1", "2"));
        finish(zip, project);

        assertTrue(!before.equals(inputsSha256(zip)), "a changed source must change inputs_sha256");
    }

    @Test
    void aOneByteChangeOfAResourceOrThePomChangesTheInputHash() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");
        finish(zip, project);
        String before = inputsSha256(zip);

        Files.writeString(project.root().resolve("src/main/resources/application.properties"), "quarkus.lambda.handler=alexb");
        finish(zip, project);
        String afterResource = inputsSha256(zip);
        Files.writeString(project.root().resolve("pom.xml"), "<project><version>2</version></project>");
        finish(zip, project);

        assertTrue(!before.equals(afterResource), "a changed resource must change inputs_sha256");
        assertTrue(!afterResource.equals(inputsSha256(zip)), "a changed pom.xml must change inputs_sha256");
    }

    @Test
    void aOneByteChangeOfADependencyChangesTheInputHash() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");
        finish(zip, project);
        String before = inputsSha256(zip);

        // The same artifact and version with other content (a re-released or locally installed jar).
        Files.write(project.dependencies().get(1), "jackson-databind 2.21.2, patched".getBytes(StandardCharsets.UTF_8));
        finish(zip, project);

        assertTrue(!before.equals(inputsSha256(zip)), "a changed dependency jar must change inputs_sha256");
    }

    @Test
    void anotherDependencySetChangesTheInputHash() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");
        finish(zip, project);
        String before = inputsSha256(zip);

        Files.writeString(project.classpathFile(), project.dependencies().get(0).toString());
        finish(zip, project);

        assertTrue(!before.equals(inputsSha256(zip)), "a dependency less must change inputs_sha256");
    }

    @Test
    void theInputHashDoesNotDependOnWhereProjectAndLocalRepositoryAre() throws Exception {
        Project here = project(dir.resolve("here"));
        Project there = project(dir.resolve("elsewhere/on/another/machine"));
        Path first = jvmZip(dir.resolve("first/function.zip"), "generated startup class");
        Path second = jvmZip(dir.resolve("second/function.zip"), "generated startup class");

        finish(first, here);
        finish(second, there);

        assertEquals(inputsSha256(first), inputsSha256(second));
    }

    @Test
    void packagingArchitectureAndTheBuildJdkAreInputs() throws Exception {
        Project project = project(dir.resolve("project"));
        Path jvm = jvmZip(dir.resolve("jvm/function.zip"), "generated startup class");
        Path x86 = dir.resolve("x86/function.zip");
        Path arm = dir.resolve("arm/function.zip");
        writeUnixZip(x86, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0x3e))), "rwxr-xr-x");
        writeUnixZip(arm, Instant.parse("2026-12-24T18:00:00Z"), List.of(entry("bootstrap", elf(0xb7))), "rwxr-xr-x");

        for (Path zip : List.of(jvm, x86, arm)) {
            assertEquals(0, finish(zip, project).exitCode());
        }

        assertEquals(3, Set.of(inputsSha256(jvm), inputsSha256(x86), inputsSha256(arm)).size());
        List<String> listing = Files.readAllLines(jvm.resolveSibling("function.zip.inputs.txt"));
        assertTrue(listing.contains("jdk " + Runtime.version() + " " + System.getProperty("java.vendor")), listing.toString());
    }

    @Test
    void theListingNamesEveryInputAndHashesToTheManifestsInputHash() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");

        finish(zip, project);

        String listing = Files.readString(zip.resolveSibling("function.zip.inputs.txt"));
        assertEquals(sha256(listing.getBytes(StandardCharsets.UTF_8)), inputsSha256(zip));
        for (String line : List.of("packaging jvm", "architectures x86_64 arm64", "dependency-layout merged (lib/dependencies.jar)",
                "file " + sha256(project.root().resolve("pom.xml")) + " pom.xml",
                "file " + sha256(project.root().resolve("src/main/java/Handler.java")) + " src/main/java/Handler.java",
                "file " + sha256(project.root().resolve("src/build/Step.java")) + " src/build/Step.java",
                "dependency " + sha256(project.dependencies().get(1)) + " jackson-databind-2.21.2.jar")) {
            assertTrue(listing.lines().anyMatch(line::equals), line + " in\n" + listing);
        }
        assertTrue(listing.lines().noneMatch(l -> l.contains(project.root().toString())), "no absolute path:\n" + listing);
    }

    @Test
    void aZipDescribedWithoutInputsIsIdentifiedByItsBytesAlone() throws Exception {
        Project project = project(dir.resolve("project"));
        Path zip = jvmZip(dir.resolve("function.zip"), "generated startup class");
        finish(zip, project);

        // As for a zip downloaded from Lambda: no inputs, and no listing of an earlier build left beside it.
        assertEquals(0, finish(zip).exitCode());

        assertTrue(!manifest(zip).has("inputs_sha256"), manifest(zip).toString());
        assertTrue(Files.notExists(zip.resolveSibling("function.zip.inputs.txt")));
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

    /** A project folder as the build passes it, and the file listing its dependency jars in a local repository. */
    record Project(Path root, Path classpathFile, List<Path> dependencies) {
    }

    static Project project(Path root) throws IOException {
        write(root.resolve("pom.xml"), "<project><version>1</version></project>");
        write(root.resolve("src/main/java/Handler.java"), "class Handler { int version = 1; }");
        write(root.resolve("src/main/resources/application.properties"), "quarkus.lambda.handler=alexa");
        write(root.resolve("src/build/Step.java"), "class Step {}");
        // Not inputs of the function: changing them must not redeploy it.
        write(root.resolve("src/test/java/HandlerTest.java"), "class HandlerTest {}");
        write(root.resolve("README.md"), "# readme");
        Path repository = root.resolve("local-repository");
        List<Path> jars = List.of(repository.resolve("io/quarkus/quarkus-core-3.34.2.jar"),
                repository.resolve("com/fasterxml/jackson-databind-2.21.2.jar"));
        write(jars.get(0), "quarkus-core 3.34.2");
        write(jars.get(1), "jackson-databind 2.21.2");
        Path classpathFile = root.resolve("target/runtime-classpath.txt");
        write(classpathFile, String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList()));
        return new Project(root, classpathFile, jars);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static Path jvmZip(Path zip, String generatedClass) throws IOException {
        writePlainZip(zip, LocalDateTime.of(2026, 11, 29, 13, 21, 7), List.of(
                entry("io/quarkus/runner/recorded/Startup.class", generatedClass.getBytes(StandardCharsets.UTF_8)),
                entry("lib/dependencies.jar", DEPENDENCIES)));
        return zip;
    }

    static BuildScript.Run finish(Path zip, Project project) throws IOException, InterruptedException {
        return BuildScript.run(SCRIPT, List.of(), zip.toString(), TIMESTAMP, project.root().toString(), project.classpathFile().toString());
    }

    static String inputsSha256(Path zip) throws IOException {
        JsonNode manifest = manifest(zip);
        assertTrue(manifest.has("inputs_sha256"), manifest.toString());
        return manifest.get("inputs_sha256").asText();
    }

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
        return sha256(Files.readAllBytes(file));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
