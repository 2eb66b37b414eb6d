package io.github.musicbutler.catalog;

import jakarta.ws.rs.WebApplicationException;

import io.github.musicbutler.secrets.AppCredentialsRejectedException;
import io.github.musicbutler.secrets.ClientSecretUnavailableException;
import io.quarkus.oidc.client.OidcClientException;
import io.smallrye.mutiny.TimeoutException;

/**
 * Why a search or starting a search result failed, in the terms the user is told about. Spoken by
 * {@link CatalogFailureHandler}. Carries no token, no secret and no query.
 */
public class CatalogException extends RuntimeException {

    public enum Reason {
        /** SPOTIFY_CLIENT_ID or SPOTIFY_CLIENT_SECRET is not set: the app has no way to get its own token. */
        NOT_CONFIGURED,
        /** Spotify's accounts service refused the client id or secret (invalid_client): the setup is wrong. */
        CREDENTIALS_REJECTED,
        /** The accounts service gave no app token, or the catalog did not answer. */
        SEARCH_UNAVAILABLE
    }

    private final Reason reason;

    CatalogException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static CatalogException notConfigured() {
        return new CatalogException(Reason.NOT_CONFIGURED, "Catalog search is off: Spotify client credentials are not configured", null);
    }

    static CatalogException searchFailed(Throwable failure) {
        if (causedBy(failure, AppCredentialsRejectedException.class)) {
            return new CatalogException(Reason.CREDENTIALS_REJECTED, "Spotify rejected the app's client credentials", failure);
        }
        if (causedBy(failure, ClientSecretUnavailableException.class)) {
            return new CatalogException(Reason.SEARCH_UNAVAILABLE, "The Spotify client secret could not be read", failure);
        }
        if (causedBy(failure, OidcClientException.class)) {
            return new CatalogException(Reason.SEARCH_UNAVAILABLE, "The app's Spotify token could not be obtained", failure);
        }
        if (causedBy(failure, TimeoutException.class)) {
            return new CatalogException(Reason.SEARCH_UNAVAILABLE, "Spotify search did not answer in time", failure);
        }
        return new CatalogException(Reason.SEARCH_UNAVAILABLE, "Spotify search failed" + status(failure), failure);
    }


    private static String status(Throwable failure) {
        int status = statusOf(failure);
        return status > 0 ? " with HTTP " + status : "";
    }

    private static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException http && http.getResponse() != null) {
                return http.getResponse().getStatus();
            }
        }
        return -1;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
