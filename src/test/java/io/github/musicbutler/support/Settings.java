package io.github.musicbutler.support;

import java.time.Duration;
import java.util.Map;

import io.github.musicbutler.skill.AlexaConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Configuration mappings as SmallRye Config builds them for the application: defaults, expressions and conversions. */
public final class Settings {

    private Settings() {
    }

    /**
     * A configuration as the application's is read: SmallRye's expressions and defaults, and Quarkus' duration
     * converter (so {@code 8s} means what it means in application.properties and the environment).
     */
    public static SmallRyeConfigBuilder builder() {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withConverter(Duration.class, 200, new DurationConverter());
    }

    /** {@link AlexaConfig} from these properties (by property name, e.g. {@code alexa.skill-id}). */
    public static AlexaConfig alexa(Map<String, String> properties) {
        return builder()
                .withMapping(AlexaConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(AlexaConfig.class);
    }

    /** {@link AlexaConfig} for the skill {@code skillId}, everything else by default. */
    public static AlexaConfig alexaForSkill(String skillId) {
        return alexa(Map.of("alexa.skill-id", skillId));
    }
}
