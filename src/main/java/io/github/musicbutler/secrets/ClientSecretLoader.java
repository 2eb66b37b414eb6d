package io.github.musicbutler.secrets;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

/**
 * Registered on the REST client that carries the app's token, just before the OIDC client filter: makes sure the
 * client secret has been read before a token is requested. A secret that cannot be read then fails the call with
 * {@link ClientSecretUnavailableException} itself; inside the OIDC client the same failure would be reported as
 * "OIDC Server is not available".
 */
@Singleton
@Priority(Priorities.AUTHENTICATION - 1)
public class ClientSecretLoader implements ResteasyReactiveClientRequestFilter {

    private final ClientSecret clientSecret;

    ClientSecretLoader(ClientSecret clientSecret) {
        this.clientSecret = clientSecret;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        if (clientSecret.parameter().isEmpty()) {
            return;
        }
        request.suspend();
        clientSecret.value().subscribe().with(secret -> request.resume(), request::resume);
    }
}
