package io.github.musicbutler.spotify;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.github.musicbutler.secrets.AppCredentials;
import io.quarkus.runtime.StartupEvent;

/**
 * Says once, at startup, whether catalog search can work, so a missing credential shows in the first log lines
 * rather than as puzzled users. Only reads configuration: the token itself is fetched on the first search.
 */
@Singleton
class AppCredentialsCheck {

    private static final Logger LOG = Logger.getLogger(AppCredentialsCheck.class);

    void onStart(@Observes StartupEvent event, SpotifyConfig spotify, AppCredentials credentials) {
        if (credentials.complete()) {
            LOG.infof("Catalog search gets the app's own Spotify token from %s/api/token on first use%s",
                    spotify.accountsUrl(), credentials.clientSecretParameter()
                            .map(name -> ", with the client secret from Parameter Store parameter " + name).orElse(""));
        } else if (credentials.twoSecrets()) {
            LOG.warn("Catalog search is OFF: SPOTIFY_CLIENT_SECRET and SPOTIFY_CLIENT_SECRET_PARAMETER are both set;"
                    + " set only one of them");
        } else {
            LOG.warn("Catalog search is OFF: SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET must both be set"
                    + " (or SPOTIFY_CLIENT_SECRET_PARAMETER instead of the secret) for the skill to get its own Spotify token");
        }
    }
}
