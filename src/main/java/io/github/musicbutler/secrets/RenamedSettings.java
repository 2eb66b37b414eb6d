package io.github.musicbutler.secrets;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Anyone still setting a name this package's settings had before learns the new one while the old one still works. */
@Singleton
class RenamedSettings {

    private static final Logger LOG = Logger.getLogger(RenamedSettings.class);

    /** The AWS timeouts' names before they moved to {@link SecretsConfig}, each with its new name. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "spotify.aws-connect-timeout", "SECRETS_AWS_CONNECT_TIMEOUT (secrets.aws-connect-timeout)",
            "spotify.aws-read-timeout", "SECRETS_AWS_READ_TIMEOUT (secrets.aws-read-timeout)");

    void warnAboutOldNames(@Observes StartupEvent startup, Config settings) {
        OLD_NAMES.forEach((old, now) -> {
            if (settings.getOptionalValue(old, String.class).isPresent()) {
                LOG.warnf("%s (%s) is deprecated and will be ignored in the next release: set %s instead",
                        old.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), old, now);
            }
        });
    }
}
