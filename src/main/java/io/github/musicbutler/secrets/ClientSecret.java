package io.github.musicbutler.secrets;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

/**
 * The Spotify app's client secret, from the one place it is configured: {@code SPOTIFY_CLIENT_SECRET} (in the
 * environment), or {@code SPOTIFY_CLIENT_SECRET_PARAMETER} (a Parameter Store {@code SecureString}, read by the first
 * search that needs the app's token, never at startup, then kept for the life of the function instance). After
 * Spotify rejects it ({@link #forget()}), the next search reads the parameter again, so a rotated secret is picked up
 * without a new deployment.
 */
@Singleton
public class ClientSecret {

    private final AppCredentials credentials;
    private final ParameterStore parameterStore;
    private final AtomicReference<Uni<String>> fromParameterStore = new AtomicReference<>();

    ClientSecret(AppCredentials credentials, ParameterStore parameterStore) {
        this.credentials = credentials;
        this.parameterStore = parameterStore;
    }

    /** The parameter the secret is read from, if it is kept in Parameter Store. */
    public Optional<String> parameter() {
        return credentials.clientSecretParameter().filter(name -> !name.isBlank());
    }

    /**
     * The secret; fails with {@link ClientSecretUnavailableException}. Callers at the same time share one read, and
     * a failed read is tried again by the next caller.
     */
    public Uni<String> value() {
        Optional<String> plain = credentials.clientSecret().filter(secret -> !secret.isBlank());
        if (plain.isPresent()) {
            return Uni.createFrom().item(plain.get());
        }
        String parameter = parameter().orElse(null);
        if (parameter == null) {
            return Uni.createFrom().failure(new ClientSecretUnavailableException(
                    "Neither SPOTIFY_CLIENT_SECRET nor SPOTIFY_CLIENT_SECRET_PARAMETER is set"));
        }
        // Creating the memoized read subscribes to nothing, so a lost race costs nothing.
        Uni<String> shared = fromParameterStore.updateAndGet(
                current -> current != null ? current : parameterStore.secureString(parameter).memoize().indefinitely());
        return shared.onFailure().transform(failure -> {
            fromParameterStore.compareAndSet(shared, null);
            return new ClientSecretUnavailableException("Could not read the Spotify client secret from Parameter Store"
                    + " (SPOTIFY_CLIENT_SECRET_PARAMETER): " + reason(failure));
        });
    }

    /** Spotify refused the secret: the next {@link #value()} reads the parameter again. */
    public void forget() {
        fromParameterStore.set(null);
    }

    private static String reason(Throwable failure) {
        // Our own messages are safe to repeat; anything else (a refused connection, a timeout) is named by its type.
        return failure instanceof AwsCallFailedException known ? known.getMessage() : failure.getClass().getSimpleName();
    }
}
