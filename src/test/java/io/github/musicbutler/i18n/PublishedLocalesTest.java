package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.SkillLocales;

/** Every locale the manifest publishes is one the function is built for. */
class PublishedLocalesTest {

    @Test
    void aNativeImageHoldsEveryPublishedLocale() throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            settings.load(in);
        }
        Set<String> built = new TreeSet<>(Arrays.asList(settings.getProperty("quarkus.locales", "").split(",")));
        List<String> missing = SkillLocales.all().stream().filter(locale -> !built.contains(locale)).toList();
        assertEquals(List.of(), missing, "add these to quarkus.locales in application.properties");
    }
}
