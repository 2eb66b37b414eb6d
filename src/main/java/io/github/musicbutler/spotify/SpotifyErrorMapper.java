package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import io.github.musicbutler.http.RestClients;

/**
 * The one place where Spotify's failures become {@link SpotifyOutcome}s: error answers (as the REST client's
 * response mapper) and failures that never got an answer (through {@link #translate(Throwable)}).
 */
public class SpotifyErrorMapper implements ResponseExceptionMapper<SpotifyException> {

    @Override
    public SpotifyException toThrowable(Response response) {
        int status = response.getStatus();
        ErrorBody.Error error = readError(response);
        String reason = error == null || error.reason() == null ? "" : error.reason();
        String detail = "HTTP " + status + (reason.isEmpty() ? "" : " " + reason)
                + (error == null || error.message() == null ? "" : " (" + error.message() + ")");
        return switch (status) {
            case 401 -> new SpotifyException(SpotifyOutcome.TOKEN_REJECTED, detail);
            case 403 -> new SpotifyException(switch (reason) {
                case "PREMIUM_REQUIRED" -> SpotifyOutcome.PREMIUM_REQUIRED;
                case "VOLUME_CONTROL_DISALLOW" -> SpotifyOutcome.VOLUME_CONTROL_DISALLOWED;
                default -> SpotifyOutcome.RESTRICTED;
            }, detail);
            case 404 -> new SpotifyException("NO_ACTIVE_DEVICE".equals(reason)
                    ? SpotifyOutcome.NO_ACTIVE_DEVICE : SpotifyOutcome.NOT_FOUND, detail);
            case 429 -> new SpotifyException(SpotifyOutcome.RATE_LIMITED, detail, retryAfter(response), null);
            default -> new SpotifyException(SpotifyOutcome.UNAVAILABLE, detail);
        };
    }

    /** Any failure of a call, as a {@link SpotifyException}: timeouts, refused connections, unreadable answers. */
    static SpotifyException translate(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof SpotifyException known) {
            return known;
        }
        if (cause instanceof WebApplicationException web && web.getResponse() != null) {
            return new SpotifyErrorMapper().toThrowable(web.getResponse());
        }
        if (RestClients.timedOut(cause)) {
            return new SpotifyException(SpotifyOutcome.TIMED_OUT, cause.getClass().getSimpleName(), null, cause);
        }
        return new SpotifyException(SpotifyOutcome.UNAVAILABLE, cause.getClass().getSimpleName(), null, cause);
    }

    private static ErrorBody.Error readError(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            ErrorBody body = response.readEntity(ErrorBody.class);
            return body == null ? null : body.error();
        } catch (RuntimeException unreadable) {
            // Not Spotify's JSON (a proxy's HTML page, say): the status alone decides.
            return null;
        }
    }

    private static Duration retryAfter(Response response) {
        String seconds = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        try {
            return seconds == null ? null : Duration.ofSeconds(Long.parseLong(seconds.trim()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }
}
