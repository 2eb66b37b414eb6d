package io.github.musicbutler.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/**
 * Finds the texts for an Alexa locale in {@code messages/speech*.properties} (UTF-8), falling back from
 * {@code de-DE} to {@code de} to the English base file, the way {@code ResourceBundle} does. Plain properties files
 * are used rather than {@code ResourceBundle} so a native image only needs them listed as resources
 * ({@code quarkus.native.resources.includes}), with no bundle registration.
 */
@Singleton
public class SpeechCatalog {

    static final Locale FALLBACK = Locale.US;
    private static final String BASE = "messages/speech";

    private final Map<String, Speech> byTag = new ConcurrentHashMap<>();

    /**
     * @param localeTag the request's locale ({@code en-US}, {@code de-DE}, …); {@code null} or unknown gives English
     */
    public Speech forLocale(String localeTag) {
        Locale locale = localeTag == null || localeTag.isBlank() ? FALLBACK : Locale.forLanguageTag(localeTag);
        return byTag.computeIfAbsent(locale.toLanguageTag(), tag -> load(locale));
    }

    private Speech load(Locale requested) {
        Properties english = read(BASE, null);
        Properties texts = english;
        if (!requested.getLanguage().isEmpty()) {
            texts = read(BASE + "_" + requested.getLanguage(), texts);
            if (!requested.getCountry().isEmpty()) {
                texts = read(BASE + "_" + requested.getLanguage() + "_" + requested.getCountry(), texts);
            }
        }
        boolean understood = texts != english || requested.getLanguage().equals(FALLBACK.getLanguage());
        return new Speech(understood ? requested : FALLBACK, texts);
    }

    private static Properties read(String name, Properties parent) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name + ".properties")) {
            if (in == null) {
                return parent;
            }
            Properties texts = parent == null ? new Properties() : new Properties(parent);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ".properties", e);
        }
    }
}
