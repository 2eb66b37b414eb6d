package io.github.musicbutler.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test during which a request to {@link FakeSpotify} broke Spotify's published contract, with the
 * fake's message naming the request and the rules it broke. Registered for every JUnit test by autodetection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}, {@code junit-platform.properties}), so
 * feature tests, ITs, console tests and the benchmark's tests are all covered without declaring anything.
 * <p>
 * A {@code @QuarkusTest} runs in Quarkus' class loader, where {@link FakeSpotify} (started by its test resource) is
 * another class than this extension's: the violations are collected from the fake of the test class's loader
 * and of this one, by name.
 */
public final class SpotifyContractCheck implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        report(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        report(context);
    }

    private static void report(ExtensionContext context) {
        List<String> violations = new ArrayList<>();
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        context.getTestClass().ifPresent(test -> loaders.add(test.getClassLoader()));
        loaders.add(SpotifyContractCheck.class.getClassLoader());
        Set<Class<?>> fakes = new LinkedHashSet<>();
        for (ClassLoader loader : loaders) {
            try {
                fakes.add(Class.forName(FakeSpotify.class.getName(), false, loader));
            } catch (ClassNotFoundException | LinkageError notThere) {
                // a loader without the test classes has no fake to ask
            }
        }
        for (Class<?> fake : fakes) {
            try {
                Method take = fake.getMethod("takeContractViolations");
                @SuppressWarnings("unchecked")
                List<String> taken = (List<String>) take.invoke(null);
                violations.addAll(taken);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot ask " + fake + " for contract violations", e);
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Requests to the fake Spotify broke Spotify's published contract:\n"
                    + String.join("\n", violations));
        }
    }
}
