package io.github.musicbutler.coldstart.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lays out {@link PlainAskSdkFunction} as Lambda would unpack its zip: its classes in the task root, the ASK SDK
 * and what it needs (Jackson, Joda-Time, SLF4J API) in {@code lib/}, all taken from this JVM's class path.
 */
public final class ReferenceFunction {

    public static final String HANDLER = PlainAskSdkFunction.class.getName() + "::handleRequest";

    /** Path fragments of the jars a plain ASK SDK function ships (Maven repository layout). */
    private static final List<String> LIBRARIES = List.of("/com/amazon/alexa/", "/com/fasterxml/jackson/",
            "/joda-time/", "/org/slf4j/slf4j-api/");

    private ReferenceFunction() {
    }

    public static Path build(Path taskRoot) {
        try {
            Path lib = Files.createDirectories(taskRoot.resolve("lib"));
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (entry.endsWith(".jar") && LIBRARIES.stream().anyMatch(entry::contains)) {
                    Files.copy(jar, lib.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            copyClasses(taskRoot);
            return taskRoot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the reference function in " + taskRoot, e);
        }
    }

    private static void copyClasses(Path taskRoot) throws IOException {
        Path classes = Path.of(PlainAskSdkFunction.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path pkg = Path.of(PlainAskSdkFunction.class.getPackageName().replace('.', '/'));
        Path target = Files.createDirectories(taskRoot.resolve(pkg));
        try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("PlainAskSdkFunction")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
