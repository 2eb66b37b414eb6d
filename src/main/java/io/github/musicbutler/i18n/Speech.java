package io.github.musicbutler.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.matching.SpokenNameMatcher;

/**
 * The texts of one locale. Patterns are {@link String#format} patterns ({@code %s}, {@code %1$s}, {@code %d}), so
 * translators never have to double apostrophes as {@code MessageFormat} would demand.
 */
public final class Speech {

    /** The request attribute under which {@link LocaleInterceptor} leaves the request's {@code Speech}. */
    static final String REQUEST_ATTRIBUTE = Speech.class.getName();

    private final Locale locale;
    private final Properties texts;

    Speech(Locale locale, Properties texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The texts chosen for this request by {@link LocaleInterceptor}. */
    public static Speech of(HandlerInput input) {
        Object speech = input.getAttributesManager().getRequestAttributes().get(REQUEST_ATTRIBUTE);
        if (speech instanceof Speech chosen) {
            return chosen;
        }
        throw new IllegalStateException("No Speech for this request: is LocaleInterceptor a bean?");
    }

    public Locale locale() {
        return locale;
    }

    /** How names are heard in this locale's language: the listener's playlists, devices, positions in a list. */
    public SpokenNameMatcher names() {
        return SpokenNameMatcher.in(locale);
    }

    /**
     * The text {@code key} with its arguments, as SSML and as plain text. The pattern is trusted; a {@link Phrase}
     * argument is used in the matching form, a number as is, anything else as text from outside (escaped for SSML).
     */
    public Phrase say(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No text '" + key + "' for locale " + locale.toLanguageTag());
        }
        return format(pattern, args);
    }

    /**
     * The text {@code key} said before {@code following}. Where the language changes its words for the sound that
     * follows (Spanish "y" is "e" before "Ibiza", Italian "del" is "dell'" before "8 dicembre"), the text
     * {@code <key>.before} says so as {@code <regular expression>|<text>}: when {@code following} matches the
     * expression, that text is said instead, with the same arguments.
     */
    public Phrase sayBefore(String following, String key, Object... args) {
        String rule = texts.getProperty(key + ".before");
        if (rule != null) {
            int bar = rule.lastIndexOf('|');
            if (Pattern.compile(rule.substring(0, bar)).matcher(following).find()) {
                return format(rule.substring(bar + 1), args);
            }
        }
        return say(key, args);
    }

    private Phrase format(String pattern, Object... args) {
        if (args.length == 0) {
            return new Phrase(pattern, pattern);
        }
        Object[] ssml = Arrays.stream(args).map(arg -> arg instanceof Number ? arg : phrase(arg).ssml()).toArray();
        Object[] text = Arrays.stream(args).map(arg -> arg instanceof Number ? arg : phrase(arg).text()).toArray();
        return new Phrase(String.format(locale, pattern, ssml), String.format(locale, pattern, text));
    }

    /** Whether this locale (or its fallback) has a text {@code key}: for texts that exist only for some cases. */
    public boolean has(String key) {
        return texts.getProperty(key) != null;
    }

    private Phrase phrase(Object arg) {
        if (arg == null) {
            // a name Spotify left out (the description makes names optional) is never said as "null" (issue 25)
            return say("unnamed");
        }
        return arg instanceof Phrase phrase ? phrase : Phrase.of(String.valueOf(arg));
    }
}
