package io.github.musicbutler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The locales the skill speaks, as its manifest ({@code skill-package/skill.json}) publishes them: the one place a
 * locale is registered. Tests that hold for every locale take their parameters from here, so a new locale is
 * checked as soon as it is published.
 */
public final class SkillLocales {

    private static final Path MANIFEST = Path.of("skill-package/skill.json");

    private SkillLocales() {
    }

    /** Every published locale ({@code en-US}, {@code de-DE}, …), in the manifest's order. */
    public static List<String> all() {
        try {
            List<String> locales = new ArrayList<>();
            new ObjectMapper().readTree(Files.readString(MANIFEST)).path("manifest").path("publishingInformation")
                    .path("locales").fieldNames().forEachRemaining(locales::add);
            return List.copyOf(locales);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the skill manifest " + MANIFEST, e);
        }
    }

    /** Every published locale but {@code en-US}, the model the others are compared with. */
    public static List<String> allButAmericanEnglish() {
        return all().stream().filter(locale -> !locale.equals("en-US")).toList();
    }
}
