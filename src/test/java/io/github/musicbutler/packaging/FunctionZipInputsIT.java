package io.github.musicbutler.packaging;

import static io.github.musicbutler.packaging.FinishFunctionZipTest.inputsSha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's own manifest step, run again on the real project and its resolved dependencies: the same inputs give
 * the {@code inputs_sha256} the build wrote into {@code target/function.zip.json} (so Terraform plans "No changes"
 * for a rebuild of one commit, {@code terraform/tests/code_changes.tftest.hcl}), and a one-byte change of a source
 * or of a dependency jar gives another one (so it deploys). The hash does not read the zip's bytes, which two builds
 * of one commit do not share (README, "Build for AWS Lambda"); {@code FinishFunctionZipTest} covers each kind of input.
 */
class FunctionZipInputsIT {

    private static final Path TARGET = Path.of("target");
    private static final Path CLASSPATH = TARGET.resolve("runtime-classpath.txt");
    private static final String TIMESTAMP = System.getProperty("project.build.outputTimestamp");

    @TempDir
    Path dir;

    @Test
    void theManifestStepRunAgainOnTheSameInputsGivesTheBuildsInputHash() throws Exception {
        Path again = copyOfTheBuiltZip("again");

        finish(again, Path.of("."), CLASSPATH);

        assertEquals(inputsSha256(TARGET.resolve("function.zip")), inputsSha256(again));
        assertEquals(Files.readString(TARGET.resolve("function.zip.inputs.txt")),
                Files.readString(again.resolveSibling("function.zip.inputs.txt")));
    }

    @Test
    void aOneByteChangeOfASourceGivesAnotherInputHash() throws Exception {
        Path project = dir.resolve("project");
        // What src/build/FinishFunctionZip.java reads of a project (INPUT_FILES).
        for (String input : List.of("pom.xml", ".mvn", "src/main", "src/build")) {
            copy(Path.of(input), project.resolve(input));
        }
        Path zip = copyOfTheBuiltZip("copied-project");
        finish(zip, project, CLASSPATH);
        assertEquals(inputsSha256(TARGET.resolve("function.zip")), inputsSha256(zip), "an unchanged copy of the project");

        Path source = project.resolve("src/main/java/io/github/musicbutler/lambda/AlexaStreamHandler.java");
        byte[] bytes = Files.readAllBytes(source);
        bytes[bytes.length - 1] ^= 1;
        Files.write(source, bytes);
        finish(zip, project, CLASSPATH);

        assertNotEquals(inputsSha256(TARGET.resolve("function.zip")), inputsSha256(zip));
    }

    @Test
    void aOneByteChangeOfADependencyGivesAnotherInputHash() throws Exception {
        List<String> jars = new ArrayList<>(List.of(Files.readString(CLASSPATH).strip().split(File.pathSeparator)));
        // The same file name in another folder, as another local repository would hold it, one byte changed.
        Path changed = dir.resolve("repository").resolve(Path.of(jars.get(0)).getFileName());
        Files.createDirectories(changed.getParent());
        byte[] bytes = Files.readAllBytes(Path.of(jars.get(0)));
        bytes[bytes.length / 2] ^= 1;
        Files.write(changed, bytes);
        jars.set(0, changed.toString());
        Path classpath = dir.resolve("runtime-classpath.txt");
        Files.writeString(classpath, String.join(File.pathSeparator, jars), StandardCharsets.UTF_8);
        Path zip = copyOfTheBuiltZip("changed-dependency");

        finish(zip, Path.of("."), classpath);

        assertNotEquals(inputsSha256(TARGET.resolve("function.zip")), inputsSha256(zip));
    }

    private Path copyOfTheBuiltZip(String name) throws Exception {
        Path zip = dir.resolve(name).resolve("function.zip");
        Files.createDirectories(zip.getParent());
        Files.copy(TARGET.resolve("function.zip"), zip);
        return zip;
    }

    private static void finish(Path zip, Path project, Path classpath) throws Exception {
        BuildScript.Run run = BuildScript.run(FinishFunctionZipTest.SCRIPT, zip.toString(), TIMESTAMP, project.toString(), classpath.toString());
        assertEquals(0, run.exitCode(), run.output());
    }

    private static void copy(Path from, Path to) throws Exception {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
