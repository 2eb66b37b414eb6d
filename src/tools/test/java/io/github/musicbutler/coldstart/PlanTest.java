package io.github.musicbutler.coldstart;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTest {

    private static final Path REFERENCE_ROOT = Path.of("/w/reference-function");

    @TempDir
    Path target;

    private Path zip(String... entries) throws IOException {
        Path zip = target.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(1);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static List<String> names(Plan plan) {
        return plan.modes().stream().map(Mode::name).toList();
    }

    @Test
    void jvmBuildOnJdk25RunsEveryJvmModeAndExplainsWhyNativeIsSkipped() throws IOException {
        Plan plan = Plan.of(zip("io/quarkus/runner/ApplicationImpl.class", "lib/a.jar"), 25, Set.of(), REFERENCE_ROOT);

        assertThat(names(plan), contains("jvm", "jvm-c1", "jvm-appcds", "jvm-aot", "jvm-aot-c1", "plain-ask-sdk-c1"));
        assertThat(plan.skipped(), contains(startsWith("native: skipped, no native build")));
    }

    @Test
    void aotCacheModesAreSkippedBeforeJdk25() throws IOException {
        Plan plan = Plan.of(zip("lib/a.jar"), 21, Set.of(), REFERENCE_ROOT);

        assertThat(names(plan), contains("jvm", "jvm-c1", "jvm-appcds", "plain-ask-sdk-c1"));
        assertThat(plan.skipped(), hasItem("jvm-aot: skipped, AOT caches need JDK 25+ (this is JDK 21)"));
    }

    @Test
    void nativeBuildRunsOnlyTheNativeMode() throws IOException {
        Path zip = zip("bootstrap");

        Plan plan = Plan.of(zip, 25, Set.of(), REFERENCE_ROOT);

        assertThat(names(plan), contains("native", "plain-ask-sdk-c1"));
        assertEquals(zip, plan.artifactFor(plan.modes().getFirst()));
        assertThat(plan.skipped(), hasItem(startsWith("jvm: skipped, ")));
    }

    @Test
    void nativeRunnerBesideAJvmZipAddsTheNativeMode() throws IOException {
        Path runner = Files.createFile(target.resolve("music-butler-1.0.0-SNAPSHOT-runner"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        Plan plan = Plan.of(zip("lib/a.jar"), 25, Set.of("jvm", "native"), REFERENCE_ROOT);

        assertThat(names(plan), contains("jvm", "native"));
        assertEquals(runner, plan.artifactFor(plan.modes().get(1)));
    }

    @Test
    void missingBuildSkipsEveryMode() {
        Plan plan = Plan.of(target.resolve("function.zip"), 25, Set.of("jvm"), REFERENCE_ROOT);

        assertEquals(List.of(), names(plan));
        assertThat(plan.skipped(), hasItem(startsWith("jvm: skipped, no ")));
    }

    @Test
    void referenceFunctionRunsFromItsOwnTaskRootWithC1() throws IOException {
        Plan plan = Plan.of(zip("lib/a.jar"), 25, Set.of("jvm-c1", "plain-ask-sdk-c1"), REFERENCE_ROOT);

        Mode reference = plan.modes().get(1);
        assertEquals(REFERENCE_ROOT, plan.artifactFor(reference));
        assertEquals(zip("lib/a.jar"), plan.artifactFor(plan.modes().get(0)));
        assertThat(reference.runOptions(Path.of("/w")), contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void roundsStartWithADifferentModeEachTime() {
        List<Mode> modes = Plan.jvmModes().subList(0, 3);

        assertThat(ColdStartBenchmark.rotated(modes, 1).stream().map(Mode::name).toList(),
                contains("jvm", "jvm-c1", "jvm-appcds"));
        assertThat(ColdStartBenchmark.rotated(modes, 2).stream().map(Mode::name).toList(),
                contains("jvm-c1", "jvm-appcds", "jvm"));
        assertThat(ColdStartBenchmark.rotated(modes, 4).stream().map(Mode::name).toList(),
                contains("jvm", "jvm-c1", "jvm-appcds"));
    }

    @Test
    void archiveModesTrainWithTheWritingOptionAndRunWithTheReadingOne() {
        Mode aot = Plan.jvmModes().get(4);
        Path work = Path.of("/w");

        assertThat(aot.trainingOptions(work), contains("-XX:TieredStopAtLevel=1", "-XX:AOTCacheOutput=/w/jvm-aot-c1-app.aot"));
        assertThat(aot.runOptions(work), contains("-XX:TieredStopAtLevel=1", "-XX:AOTCache=/w/jvm-aot-c1-app.aot"));
        assertThat(Plan.jvmModes().get(2).trainingOptions(work), contains("-XX:ArchiveClassesAtExit=/w/jvm-appcds-app.jsa"));
    }
}
