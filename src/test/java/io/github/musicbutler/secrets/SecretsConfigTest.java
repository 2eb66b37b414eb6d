package io.github.musicbutler.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.http.RestClients;
import io.github.musicbutler.support.ConfigurationTable;
import io.github.musicbutler.support.Settings;
import io.smallrye.config.EnvConfigSource;

/**
 * How long reading the secret may wait on AWS, as SmallRye Config reads it from the environment: the new names, and
 * for one release the names these settings had under {@code spotify.}.
 */
class SecretsConfigTest {

    @Test
    void withNothingSetEachSettingIsTheReadmesDefault() {
        ConfigurationTable.assertDocumented(SecretsConfig.class);
    }

    @Test
    void awsTimeoutsAreReadAsDurations() {
        SecretsConfig quick = fromEnvironment("SECRETS_AWS_CONNECT_TIMEOUT", "250ms", "SECRETS_AWS_READ_TIMEOUT", "PT1.5S");

        assertEquals(new RestClients.Timeouts(Duration.ofMillis(250), Duration.ofMillis(1500)),
                quick.awsTimeouts());
    }

    @Test
    void theOldNamesAreStillReadWhenTheNewOnesAreUnset() {
        SecretsConfig old = fromEnvironment("SPOTIFY_AWS_CONNECT_TIMEOUT", "300ms", "SPOTIFY_AWS_READ_TIMEOUT", "3s");

        assertEquals(Duration.ofMillis(300), old.awsConnectTimeout());
        assertEquals(Duration.ofSeconds(3), old.awsReadTimeout());
    }

    @Test
    void theNewNamesWinOverTheOld() {
        SecretsConfig both = fromEnvironment("SECRETS_AWS_READ_TIMEOUT", "4s", "SPOTIFY_AWS_READ_TIMEOUT", "3s");

        assertEquals(Duration.ofSeconds(4), both.awsReadTimeout());
    }

    @Test
    void everyOldNameIsOneThisMappingStillReads() {
        // The startup warning names exactly the fallbacks of SecretsConfig's defaults.
        for (String old : RenamedSecretsSettings.OLD_NAMES.keySet()) {
            String environment = old.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            SecretsConfig set = fromEnvironment(environment, "7s");
            assertEquals(1, Stream.of(set.awsConnectTimeout(), set.awsReadTimeout())
                    .filter(Duration.ofSeconds(7)::equals).count(), old);
        }
    }

    private static SecretsConfig fromEnvironment(String... namesAndValues) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            environment.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Settings.builder()
                .withMapping(SecretsConfig.class)
                .withSources(new EnvConfigSource(environment, 300))
                .build()
                .getConfigMapping(SecretsConfig.class);
    }
}
