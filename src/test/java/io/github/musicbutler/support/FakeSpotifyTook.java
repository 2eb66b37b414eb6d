package io.github.musicbutler.support;

import java.time.Duration;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

import io.github.musicbutler.spotify.Ticker;
import io.quarkus.arc.Arc;

/**
 * In a {@code @QuarkusTest}, every REST client of the function notes on the {@link TestClock} when each request
 * was sent; an answer of the {@link FakeSpotify} that says it took long ({@link FakeSpotify#TOOK}) moves the clock
 * to that time after sending before the function sees it. Requests sent at the same time so end at the same
 * time, whatever order a busy machine delivers them in; requests made one after the other add up.
 */
@Provider
public class FakeSpotifyTook implements ClientRequestFilter, ClientResponseFilter {

    private static final String SENT = FakeSpotifyTook.class.getName() + ".sent";

    @Override
    public void filter(ClientRequestContext request) {
        if (clock() instanceof TestClock clock) {
            request.setProperty(SENT, clock.nanoTime());
        }
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        String took = response.getHeaderString(FakeSpotify.TOOK);
        if (took != null && clock() instanceof TestClock clock && request.getProperty(SENT) instanceof Long sent) {
            clock.advanceTo(sent + Duration.ofMillis(Long.parseLong(took)).toNanos());
        }
    }

    private static Ticker clock() {
        return Arc.container() == null ? null : Arc.container().instance(Ticker.class).get();
    }
}
