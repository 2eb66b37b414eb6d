package io.github.musicbutler.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

/**
 * Runs a packaging step of {@code src/build/} in its own JVM, as {@code pom.xml} does, with the JDK alone. The source
 * file is compiled once per test run rather than by the source launcher on every call (seconds each); the build itself
 * runs every step through the source launcher on each {@code ./mvnw package}.
 */
final class BuildScript {

    record Run(int exitCode, String output) {
    }

    private static final Path CLASSES = Path.of("target", "build-scripts");
    private static final Map<Path, Path> COMPILED = new ConcurrentHashMap<>();

    private BuildScript() {
    }

    /** {@code java [jvmOptions] <script> <arguments>}: exit code and everything it printed. */
    static Run run(Path script, List<String> jvmOptions, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", compiled(script).toString(), script.getFileName().toString().replace(".java", "")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
        return new Run(process.exitValue(), output);
    }

    static Run run(Path script, String... arguments) throws IOException, InterruptedException {
        return run(script, List.of(), arguments);
    }

    private static Path compiled(Path script) {
        return COMPILED.computeIfAbsent(script, source -> {
            Path classes = CLASSES.resolve(source.getFileName().toString().replace(".java", ""));
            try {
                Files.createDirectories(classes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21", "-d", classes.toString(),
                    source.toString()), "javac " + source);
            return classes;
        });
    }
}
