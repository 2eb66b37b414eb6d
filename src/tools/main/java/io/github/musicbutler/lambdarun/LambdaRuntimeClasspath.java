package io.github.musicbutler.lambdarun;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

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
