package io.github.musicbutler.secrets;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.musicbutler.settings.Renamed;

/**
 * This package's settings that were renamed: still read under their old names for one release. A bean for its
 * producer (no private constructor: Arc would have to reach it by reflection).
 */
final class RenamedSecretsSettings {

    /** The AWS timeouts' names before they moved to {@link SecretsConfig}, each with its new name. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "spotify.aws-connect-timeout", "SECRETS_AWS_CONNECT_TIMEOUT (secrets.aws-connect-timeout)",
            "spotify.aws-read-timeout", "SECRETS_AWS_READ_TIMEOUT (secrets.aws-read-timeout)");

    @Produces
    @Singleton
    static Renamed awsTimeouts() {
        return new Renamed(OLD_NAMES);
    }
}
