package io.github.musicbutler.spotify;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;

/**
 * The app's own Spotify token (client-credentials grant) from the OIDC client {@code spotify} configured in
 * {@code application.properties}: fetched on first use, never at cold start, reused across warm invocations and
 * renewed before it expires ({@code refresh-token-time-skew}). The same producer the REST client's OIDC filter
 * uses, here called directly so that one REST client serves both kinds of token.
 */
@Singleton
class AppToken extends AbstractTokensProducer {

    @Override
    protected Optional<String> clientId() {
        return Optional.of("spotify");
    }
}
