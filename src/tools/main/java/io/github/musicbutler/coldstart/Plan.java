package io.github.musicbutler.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.github.musicbutler.coldstart.Mode.Archive;
import io.github.musicbutler.lambdarun.FunctionArtifact;
import io.github.musicbutler.lambdarun.LocalLambda;

/**
 * Which modes can run with what the build produced, and why the others cannot: a JVM {@code function.zip} gives the
 * JVM modes, a native one (it holds {@code bootstrap}) or a {@code target/*-runner} the native mode.
 */
public record Plan(List<Mode> modes, Path jvmArtifact, Path nativeArtifact, Path referenceArtifact,
        List<String> skipped) {

    /** A plain ASK SDK function answering the same requests, run like {@code jvm-c1}: the bar to compare with. */
    public static final Mode REFERENCE = Mode.reference("plain-ask-sdk-c1",
            "yardstick, not this skill: a plain ASK SDK for Java function without Quarkus giving the same two answers, "
                    + "`-XX:TieredStopAtLevel=1` as Lambda runs java21",
            LocalLambda.LAMBDA_TIERED_COMPILATION);

    public static List<Mode> jvmModes() {
        return List.of(
                Mode.jvm("jvm", "JVM, default options"),
                Mode.jvm("jvm-c1", "JVM, `-XX:TieredStopAtLevel=1` (C1 only; Lambda's Java runtimes set it by default)",
                        LocalLambda.LAMBDA_TIERED_COMPILATION),
                Mode.archived("jvm-appcds", "JVM + AppCDS archive (`-XX:SharedArchiveFile`) trained on the function", Archive.APP_CDS),
                Mode.archived("jvm-aot", "JVM + JDK 25 AOT cache (`-XX:AOTCache`) trained on the function", Archive.AOT_CACHE),
                Mode.archived("jvm-aot-c1", "JVM + AOT cache + C1 only", Archive.AOT_CACHE, LocalLambda.LAMBDA_TIERED_COMPILATION));
    }

    /**
     * @param functionZip {@code target/function.zip}
     * @param jdkFeature the feature version of the JDK that runs JVM modes (AOT caches need 25)
     * @param wanted mode names to run; empty means all
     * @param referenceTaskRoot where the reference function is laid out (see {@link #REFERENCE})
     */
    public static Plan of(Path functionZip, int jdkFeature, Set<String> wanted, Path referenceTaskRoot) {
        List<Mode> modes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Path jvmArtifact = null;
        Path nativeArtifact = null;
        boolean zipIsNative = Files.isRegularFile(functionZip) && FunctionArtifact.of(functionZip).isNative();
        for (Mode mode : jvmModes()) {
            if (!wanted.isEmpty() && !wanted.contains(mode.name())) {
                continue;
            }
            if (!Files.isRegularFile(functionZip)) {
                skipped.add(mode.name() + ": skipped, no " + functionZip + " (run ./mvnw package)");
            } else if (zipIsNative) {
                skipped.add(mode.name() + ": skipped, " + functionZip + " is a native build (rebuild without -Dnative)");
            } else if (mode.archive() == Archive.AOT_CACHE && jdkFeature < 25) {
                skipped.add(mode.name() + ": skipped, AOT caches need JDK 25+ (this is JDK " + jdkFeature + ")");
            } else {
                modes.add(mode);
                jvmArtifact = functionZip;
            }
        }
        if (wanted.isEmpty() || wanted.contains("native")) {
            nativeArtifact = zipIsNative ? functionZip : nativeRunner(functionZip.toAbsolutePath().getParent()).orElse(null);
            if (nativeArtifact != null) {
                modes.add(Mode.nativeMode());
            } else {
                skipped.add("native: skipped, no native build (neither a `bootstrap` in " + functionZip.getFileName()
                        + " nor a target/*-runner; build one with ./mvnw package -Dnative, which needs GraalVM "
                        + "or a container runtime)");
            }
        }
        boolean reference = wanted.isEmpty() || wanted.contains(REFERENCE.name());
        if (reference) {
            modes.add(REFERENCE);
        }
        return new Plan(List.copyOf(modes), jvmArtifact, nativeArtifact, reference ? referenceTaskRoot : null,
                List.copyOf(skipped));
    }

    public Path artifactFor(Mode mode) {
        return mode.reference() ? referenceArtifact : mode.nativeExecutable() ? nativeArtifact : jvmArtifact;
    }

    private static Optional<Path> nativeRunner(Path target) {
        if (target == null || !Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-runner"))
                    .filter(Files::isRegularFile)
                    .filter(Files::isExecutable)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
