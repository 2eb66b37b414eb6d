package io.github.musicbutler.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that turns function.zip's one-jar-per-dependency {@code lib/} into a single jar
 * ({@code src/build/MergeDependencyJars.java}), run in its own JVM as the build runs it: {@code java MergeDependencyJars <zip>}.
 * That the merged function still answers Alexa is the part of the {@code @QuarkusIntegrationTest} classes (*IT), which run
 * the feature tests against function.zip.
 */
class MergeDependencyJarsTest {

    private static final Path SCRIPT = Path.of("src/build/MergeDependencyJars.java");

    @TempDir
    Path dir;

    @Test
    void libJarsBecomeOneJarHoldingEveryClass() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/a.jar", jar(Map.of("com/a/A.class", "A")),
                "lib/b.jar", jar(Map.of("org/b/B.class", "B"))));

        assertEquals(0, merge(zip).exitCode());

        assertEquals(List.of("application.properties", "io/github/Handler.class", "lib/dependencies.jar"), names(zip));
        Map<String, String> merged = mergedJar(zip);
        assertEquals("A", merged.get("com/a/A.class"));
        assertEquals("B", merged.get("org/b/B.class"));
    }

    @Test
    void mergedJarIsStoredUncompressedForFunctionZipToCompressOnce() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/a.jar", jar(Map.of("com/a/A.class", "A".repeat(1000), "META-INF/services/com.a.Spi", "com.a.A\n")),
                "lib/b.jar", jar(Map.of("org/b/B.class", "B".repeat(1000)))));

        merge(zip);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals(ZipEntry.DEFLATED, file.getEntry("lib/dependencies.jar").getMethod());
        }
        Path merged = dir.resolve("dependencies.jar");
        Files.write(merged, mergedJarBytes(zip));
        try (JarFile jar = new JarFile(merged.toFile())) {
            List<String> compressed = jar.stream().filter(e -> e.getMethod() != ZipEntry.STORED).map(ZipEntry::getName).toList();
            assertEquals(List.of(), compressed);
            assertEquals("A".repeat(1000), new String(jar.getInputStream(jar.getEntry("com/a/A.class")).readAllBytes(),
                    StandardCharsets.UTF_8));
            assertEquals("1.0", jar.getManifest().getMainAttributes().getValue(Attributes.Name.MANIFEST_VERSION));
        }
    }

    @Test
    void functionsOwnClassesAndResourcesStayAtTheRoot() throws Exception {
        Path zip = functionZip(Map.of("lib/a.jar", jar(Map.of("com/a/A.class", "A")), "lib/b.jar", jar(Map.of())));

        merge(zip);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals("handler", new String(file.getInputStream(file.getEntry("io/github/Handler.class")).readAllBytes(),
                    StandardCharsets.UTF_8));
            assertEquals("quarkus.lambda.handler=alexa",
                    new String(file.getInputStream(file.getEntry("application.properties")).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void serviceFilesOfAllJarsAreCombinedWithEachProviderOnce() throws Exception {
        String service = "META-INF/services/io.vertx.core.spi.VertxServiceProvider";
        Path zip = functionZip(Map.of(
                "lib/a.jar", jar(Map.of(service, "# providers of a\ncom.a.First\ncom.a.Shared\n")),
                "lib/b.jar", jar(Map.of(service, "org.b.Second # trailing comment\n\ncom.a.Shared\n"))));

        merge(zip);

        assertEquals("com.a.First\ncom.a.Shared\norg.b.Second\n", mergedJar(zip).get(service));
    }

    @Test
    void jarIndexesSignaturesAndModuleDescriptorsAreLeftOut() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/a.jar", jar(Map.of("META-INF/INDEX.LIST", "JarIndex-Version: 1.0\n\na.jar\ncom/a\n",
                        "META-INF/SIGNER.SF", "sig", "META-INF/SIGNER.RSA", "sig", "module-info.class", "module",
                        "com/a/A.class", "A")),
                "lib/b.jar", jar(Map.of("META-INF/versions/9/module-info.class", "module", "org/b/B.class", "B"))));

        merge(zip);

        Map<String, String> merged = mergedJar(zip);
        assertEquals(List.of("com/a/A.class", "org/b/B.class"), merged.keySet().stream().filter(n -> !n.endsWith("/")).sorted().toList());
    }

    @Test
    void mergedJarIsMultiReleaseWhenAnInputJarWas() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/a.jar", multiReleaseJar(Map.of("com/a/A.class", "base", "META-INF/versions/11/com/a/A.class", "java 11")),
                "lib/b.jar", jar(Map.of("org/b/B.class", "B"))));

        merge(zip);

        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(mergedJarBytes(zip)))) {
            assertEquals("true", in.getManifest().getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE));
        }
        assertEquals("java 11", mergedJar(zip).get("META-INF/versions/11/com/a/A.class"));
    }

    @Test
    void mergedJarIsNotMultiReleaseWhenNoInputJarWas() throws Exception {
        Path zip = functionZip(Map.of("lib/a.jar", jar(Map.of("com/a/A.class", "A")), "lib/b.jar", jar(Map.of())));

        merge(zip);

        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(mergedJarBytes(zip)))) {
            assertNull(in.getManifest().getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE));
        }
    }

    @Test
    void aResourceInTwoJarsKeepsTheCopyOfTheJarFirstByName() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/b.jar", jar(Map.of("META-INF/LICENSE", "license of b")),
                "lib/a.jar", jar(Map.of("META-INF/LICENSE", "license of a"))));

        BuildScript.Run run = merge(zip);

        assertEquals("license of a", mergedJar(zip).get("META-INF/LICENSE"));
        assertTrue(run.output().contains("1 duplicate resources kept once"), run.output());
    }

    @Test
    void theSameClassInTwoJarsStopsTheBuildAndLeavesTheZipAsItWas() throws Exception {
        Path zip = functionZip(Map.of(
                "lib/netty-common.jar", jar(Map.of("io/netty/util/Version.class", "original")),
                "lib/modified-netty-common.jar", jar(Map.of("io/netty/util/Version.class", "transformed"))));
        byte[] before = Files.readAllBytes(zip);

        BuildScript.Run run = merge(zip);

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("io/netty/util/Version.class is in both modified-netty-common.jar and netty-common.jar"),
                run.output());
        assertArrayEquals(before, Files.readAllBytes(zip));
    }

    @Test
    void configurationThatEveryJarMayContributeIsNeverDroppedSilently() throws Exception {
        String config = "META-INF/microprofile-config.properties";
        Path zip = functionZip(Map.of(
                "lib/a.jar", jar(Map.of(config, "a.setting=1")),
                "lib/b.jar", jar(Map.of(config, "b.setting=2"))));

        BuildScript.Run run = merge(zip);

        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains(config + " is in both a.jar and b.jar"), run.output());
    }

    @Test
    void aNativeFunctionZipIsLeftUntouched() throws Exception {
        Path zip = dir.resolve("function.zip");
        writeZip(zip, Map.of("bootstrap", "#!/bin/sh".getBytes(StandardCharsets.UTF_8)));
        byte[] before = Files.readAllBytes(zip);

        BuildScript.Run run = merge(zip);

        assertEquals(0, run.exitCode());
        assertTrue(run.output().contains("nothing to merge"), run.output());
        assertArrayEquals(before, Files.readAllBytes(zip));
    }

    @Test
    void anAlreadyMergedZipIsLeftUntouched() throws Exception {
        Path zip = functionZip(Map.of("lib/a.jar", jar(Map.of("com/a/A.class", "A")), "lib/b.jar", jar(Map.of())));
        merge(zip);
        byte[] merged = Files.readAllBytes(zip);

        BuildScript.Run again = merge(zip);

        assertEquals(0, again.exitCode());
        assertFalse(again.output().contains("merged into"), again.output());
        assertArrayEquals(merged, Files.readAllBytes(zip));
    }

    @Test
    void theSameJarsAlwaysMergeIntoTheSameBytes() throws Exception {
        Map<String, byte[]> jars = Map.of(
                "lib/a.jar", jar(Map.of("com/a/A.class", "A", "META-INF/services/com.a.Spi", "com.a.A\n")),
                "lib/b.jar", jar(Map.of("org/b/B.class", "B", "META-INF/services/com.a.Spi", "org.b.B\n")));
        Path first = functionZip(jars);
        merge(first);
        byte[] firstMerged = mergedJarBytes(first);
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        reversed.put("lib/b.jar", jars.get("lib/b.jar"));
        reversed.put("lib/a.jar", jars.get("lib/a.jar"));
        Path second = functionZip(reversed);

        merge(second);

        assertArrayEquals(firstMerged, mergedJarBytes(second));
    }

    @Test
    void everyMergedEntryCarriesOneFixedTimestampNotTheClock() throws Exception {
        Path zip = functionZip(Map.of("lib/a.jar", jar(Map.of("com/a/A.class", "A")), "lib/b.jar", jar(Map.of("org/b/B.class", "B"))));

        merge(zip);

        Path merged = dir.resolve("dependencies.jar");
        Files.write(merged, mergedJarBytes(zip));
        try (JarFile jar = new JarFile(merged.toFile())) {
            assertEquals(List.of(LocalDateTime.of(1980, 2, 1, 0, 0)), jar.stream().map(ZipEntry::getTimeLocal).distinct().toList());
        }
    }

    // --- fixtures ---------------------------------------------------------------------------------------------

    private static BuildScript.Run merge(Path zip) throws IOException, InterruptedException {
        return BuildScript.run(SCRIPT, zip.toString());
    }

    /** A JVM function.zip as Quarkus writes it: the function's classes at the root, dependencies in lib/. */
    private Path functionZip(Map<String, byte[]> libJars) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("io/github/Handler.class", "handler".getBytes(StandardCharsets.UTF_8));
        entries.put("application.properties", "quarkus.lambda.handler=alexa".getBytes(StandardCharsets.UTF_8));
        entries.putAll(libJars);
        Path zip = dir.resolve("function.zip");
        writeZip(zip, entries);
        return zip;
    }

    private static void writeZip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static byte[] jar(Map<String, String> entries) throws IOException {
        return jar(new Manifest(), entries);
    }

    private static byte[] multiReleaseJar(Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        return jar(manifest, entries);
    }

    private static byte[] jar(Manifest manifest, Map<String, String> entries) throws IOException {
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> names(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).sorted().toList();
        }
    }

    private static byte[] mergedJarBytes(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry("lib/dependencies.jar")).readAllBytes();
        }
    }

    private static Map<String, String> mergedJar(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(mergedJarBytes(zip)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
