package io.github.musicbutler.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/** The machine and JDK a benchmark ran on, so a table is never read without them. */
public record Machine(int cpus, String cpuModel, String os, String jdk, String loadAverage) {

    public static Machine describe(Path javaHome) {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstLine(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                jdk(javaHome),
                read(Path.of("/proc/loadavg")).map(load -> String.join(" ", Arrays.asList(load.split(" ")).subList(0, 3)))
                        .orElse("unknown"));
    }

    public String oneLine() {
        return "%d CPUs (%s), %s, JDK %s, load average %s at start".formatted(cpus, cpuModel, os, jdk, loadAverage);
    }

    /** The feature version (21, 25) of the JDK at {@code javaHome}, from its {@code release} file. */
    public static int jdkFeature(Path javaHome) {
        String version = releaseProperties(javaHome).getProperty("JAVA_VERSION", "\"" + Runtime.version() + "\"")
                .replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
    }

    private static String jdk(Path javaHome) {
        Properties release = releaseProperties(javaHome);
        return (release.getProperty("JAVA_RUNTIME_VERSION", release.getProperty("JAVA_VERSION", "?")) + " "
                + release.getProperty("IMPLEMENTOR", "")).replace("\"", "").trim();
    }

    private static Properties releaseProperties(Path javaHome) {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(javaHome.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            release.setProperty("JAVA_VERSION", "\"" + Runtime.version().feature() + "\"");
        }
        return release;
    }

    private static Optional<String> firstLine(Path file, String key) {
        return read(file).flatMap(text -> text.lines().filter(line -> line.startsWith(key))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
