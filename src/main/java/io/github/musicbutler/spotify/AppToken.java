package io.github.musicbutler.spotify;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.github.musicbutler.telemetry.Invocation;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.AbstractTokensProducer;
import io.smallrye.mutiny.Uni;

/**
 * The app's own Spotify token (client-credentials grant) from the default OIDC client configured in
 * {@code application.properties}: fetched on first use, never at cold start, reused across warm invocations and
 * renewed before it expires ({@code refresh-token-time-skew}). The same producer the REST client's OIDC filter
 * uses, here called directly so that one REST client serves both kinds of token. It keeps the producer's default
 * {@code clientId()}, the unnamed client: a named one would be mapped at every start in addition to the default
 * client, which quarkus-oidc-client always maps.
 */
@Singleton
class AppToken extends AbstractTokensProducer {

    /** The tokens last handed out: the producer hands out the same object until it fetches new ones. */
    private final AtomicReference<Tokens> last = new AtomicReference<>();

    /** The app's tokens; a fetch from the accounts service is counted in {@code invocation}'s metrics. */
    Uni<Tokens> tokens(Invocation invocation) {
        return getTokens().invoke(tokens -> {
            if (last.getAndSet(tokens) != tokens) {
                invocation.appTokenFetched();
            }
        });
    }
}
