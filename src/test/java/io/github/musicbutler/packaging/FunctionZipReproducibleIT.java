package io.github.musicbutler.packaging;

import static io.github.musicbutler.packaging.FinishFunctionZipTest.entry;
import static io.github.musicbutler.packaging.FinishFunctionZipTest.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's {@code target/function.zip} packaged a second time from the same Quarkus output (its runner jar and
 * {@code target/lib/}) comes out byte for byte the same: the packaging adds nothing of its own (no clock, no file-system
 * order, no time zone), so whatever still changes from one build to the next comes from Quarkus' build alone.
 *
 * <p>It does not build twice: two complete builds with Quarkus 3.34.2 still differ in 15 to 20 generated startup
 * classes, and a test of that would only fail. {@code io/quarkus/runner/recorded/*} number their {@code proxykey}s
 * from a counter that parallel build steps share (quarkusio/quarkus#53025, Quarkus 3.35);
 * {@code io/quarkus/runtime/generated/SharedConfig} and the two {@code *ConfigCustomizer}s list the config mappings in
 * identity-hash order (smallrye/smallrye-config#1527, SmallRye Config 3.18). Everything else matches (README, "Build
 * for AWS Lambda"). Once Quarkus has both, this test should build twice and compare the hashes.
 */
class FunctionZipReproducibleIT {

    private static final Path TARGET = Path.of("target");
    /** pom.xml's project.build.outputTimestamp, which the build gave both packaging steps. */
    private static final String TIMESTAMP = System.getProperty("project.build.outputTimestamp");

    @TempDir
    Path dir;

    @Test
    void aSecondPackagingOfTheSameBuildIsByteIdentical() throws Exception {
        Path built = TARGET.resolve("function.zip");
        // A native zip is a GraalVM executable and nothing else; FinishFunctionZipTest covers how it is packed.
        assumeTrue(Files.readString(TARGET.resolve("function.zip.json")).contains("\"packaging\": \"jvm\""),
                "target/function.zip is a native build: this test repeats the JVM packaging");
        Path second = dir.resolve("function.zip");
        // As Quarkus' FunctionZipProcessor writes it (the runner jar's entries at the root, lib/*.jar, no Unix
        // permissions, the clock), but in the opposite order and at another time.
        List<FinishFunctionZipTest.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (ZipFile runner = new ZipFile(runnerJar().toFile())) {
            // The runner jar lists META-INF/ twice; Quarkus copies both, and a zip reader sees one.
            for (ZipEntry entry : runner.stream().filter(e -> names.add(e.getName())).toList()) {
                entries.add(entry(entry.getName(), runner.getInputStream(entry).readAllBytes()));
            }
        }
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                entries.add(entry("lib/" + jar.getFileName(), Files.readAllBytes(jar)));
            }
        }
        Collections.reverse(entries);
        FinishFunctionZipTest.writePlainZip(second, LocalDateTime.now().minusHours(5), entries);

        if (mergedDependencies(built)) {
            BuildScript.Run merged = BuildScript.run(Path.of("src/build/MergeDependencyJars.java"), second.toString(), TIMESTAMP);
            assertEquals(0, merged.exitCode(), merged.output());
        }
        // The same inputs as the build gave it, so function.zip.json (with inputs_sha256) must come out the same too.
        BuildScript.Run finished = BuildScript.run(FinishFunctionZipTest.SCRIPT, second.toString(), TIMESTAMP, ".",
                TARGET.resolve("runtime-classpath.txt").toString());

        assertEquals(0, finished.exitCode(), finished.output());
        assertEquals(sha256(built), sha256(second));
        assertEquals(Files.readString(TARGET.resolve("function.zip.json")), Files.readString(dir.resolve("function.zip.json")));
    }

    private static Path runnerJar() throws Exception {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> runners = files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).toList();
            assertEquals(1, runners.size(), "one Quarkus runner jar in target/: " + runners);
            return runners.get(0);
        }
    }

    private static boolean mergedDependencies(Path zip) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getEntry("lib/dependencies.jar") != null;
        }
    }
}
