package io.github.musicbutler.lambdarun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The jars of AWS Lambda's Java runtime ({@code /var/runtime/lib} on Lambda): the Runtime Interface Client and
 * what it needs. They are test dependencies of this project, so they are found where this JVM loaded them from,
 * whatever launched it (Surefire, Failsafe, exec:java, an IDE).
 */
final class LambdaRuntimeClasspath {

    /** The runtime's entry point, started with the handler string as its only argument. */
    static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private static final List<String> ONE_CLASS_PER_JAR = List.of(
            MAIN_CLASS,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private LambdaRuntimeClasspath() {
    }

    /** Where the Runtime Interface Client loads its native HTTP client from, when this system property is set. */
    static final String JNI_LIBRARY_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    /**
     * The client's native library for this machine, unpacked once into the temporary directory under a name of its
     * own (the jar's name, so its version, and the platform). Left to itself, every function process copies it to
     * the same {@code /tmp/.libaws-lambda-jni.so} while starting: functions started side by side overwrite the file
     * another one is loading, and that one dies. On Lambda each sandbox has its own {@code /tmp}. Empty where the
     * client's own choice is the only safe one (not glibc Linux on x86-64 or arm64).
     */
    static synchronized Optional<Path> jniLibrary() {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> null;
        };
        if (arch == null || !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux") || musl()) {
            return Optional.empty();
        }
        String name = "libaws-lambda-jni.linux-" + arch + ".so";
        Path client = jarOf(MAIN_CLASS);
        Path library = Path.of(System.getProperty("java.io.tmpdir"))
                .resolve(client.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + name);
        if (Files.isRegularFile(library)) {
            return Optional.of(library);
        }
        try (InputStream in = Class.forName(MAIN_CLASS, false, LambdaRuntimeClasspath.class.getClassLoader())
                .getResourceAsStream("/jni/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            // written aside and moved in one step: another build on this machine may be loading it
            Path partial = Files.createTempFile(library.getParent(), name, ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(library);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Runtime Interface Client's " + name, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean musl() {
        try (var loaders = Files.list(Path.of("/lib"))) {
            return loaders.anyMatch(file -> file.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> jars() {
        return ONE_CLASS_PER_JAR.stream().map(LambdaRuntimeClasspath::jarOf).distinct().toList();
    }

    private static Path jarOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, LambdaRuntimeClasspath.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException(className + " is not on the test classpath: is "
                    + "com.amazonaws:aws-lambda-java-runtime-interface-client a test dependency?", e);
        }
    }
}
