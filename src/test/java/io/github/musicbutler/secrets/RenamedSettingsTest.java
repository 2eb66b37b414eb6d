package io.github.musicbutler.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.settings.RenamedSettings;
import io.github.musicbutler.support.LogCapture;
import io.github.musicbutler.support.Settings;
import io.smallrye.config.EnvConfigSource;

/** Whoever still sets an AWS timeout's old name is told its new one at startup, while the old one still works. */
class RenamedSettingsTest {

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void anOldNameIsWarnedAboutWithItsNewName() {
        renamed().warnAboutOldNames(null, environment(Map.of("SPOTIFY_AWS_READ_TIMEOUT", "3s")));

        List<String> warnings = log.lines().stream().filter(line -> line.contains("RenamedSettings")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().endsWith("SPOTIFY_AWS_READ_TIMEOUT (spotify.aws-read-timeout) is deprecated and will"
                + " be ignored in the next release: set SECRETS_AWS_READ_TIMEOUT (secrets.aws-read-timeout) instead"),
                warnings.getFirst());
    }

    @Test
    void theNewNamesAreNot() {
        renamed().warnAboutOldNames(null, environment(Map.of("SECRETS_AWS_READ_TIMEOUT", "3s",
                "SECRETS_AWS_CONNECT_TIMEOUT", "500ms")));

        assertEquals(List.of(), log.lines().stream().filter(line -> line.contains("RenamedSettings")).toList());
    }

    private static RenamedSettings renamed() {
        return new RenamedSettings(List.of(RenamedSecretsSettings.awsTimeouts()));
    }

    private static Config environment(Map<String, String> variables) {
        return Settings.builder().withSources(new EnvConfigSource(variables, 300)).build();
    }
}
