package io.github.musicbutler.coldstart.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs {@code aws} with the caller's credentials and region (environment, profile, SSO: whatever the CLI uses).
 * Both streams are read concurrently, so a chatty command can never block on a full pipe.
 */
final class AwsCli implements Aws {

    @Override
    public String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("aws");
        command.addAll(arguments);
        command.add("--output");
        command.add("json");
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String stdout = readAll(process.getInputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + exit + ": "
                        + stderr.join());
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the AWS CLI (is `aws` installed and on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
