package io.github.musicbutler.lambdarun;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A function whose Lambda Runtime API cannot be reached has nothing to do: what {@code ./mvnw verify} built
 * ({@code function.zip}, JVM or native) then ends by itself, with an error, instead of waiting to be killed. Lambda
 * reports such an exit ("Runtime exited with error") and starts another instance.
 */
class UnreachableRuntimeApiIT {

    private static final Path FUNCTION = Path.of(System.getProperty("lambdarun.artifact", "target/function.zip"));
    /** Far more than either runtime needs to start and give up; only a process that never ends takes it. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void theFunctionExitsWithAnErrorWhenItCannotAskForEvents() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(FUNCTION).runtimeApi("127.0.0.1:" + closedPort())
                .logFile(FUNCTION.resolveSibling("lambdarun").resolve("unreachable-runtime-api.log")).build()
                .start()) {

            Optional<Integer> exit = lambda.awaitExit(PATIENCE);

            String output = Files.readString(lambda.logFile());
            assertEquals(Optional.of(1), exit, "still running, or not the error exit:\n" + output);
            // the native poll loop stops the application (Quarkus logs it); Amazon's Runtime Interface Client says
            // it got no event
            assertThat(output, containsString(lambda.isNative() ? "music-butler stopped"
                    : "Failed to get next invocation"));
        }
    }

    /** A port nothing listens on: connections are refused at once, as they are when no Runtime API runs. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
