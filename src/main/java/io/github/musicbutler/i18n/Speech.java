package io.github.musicbutler.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

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

    /** SSML for Alexa to speak: the arguments are escaped, the pattern is trusted. */
    public String say(String key, Object... args) {
        return format(key, Arrays.stream(args).map(arg -> arg instanceof Number ? arg : Ssml.escape(String.valueOf(arg))).toArray());
    }

    /** Plain text for cards, where nothing is interpreted as markup. */
    public String text(String key, Object... args) {
        return format(key, args);
    }

    private String format(String key, Object[] args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No text '" + key + "' for locale " + locale.toLanguageTag());
        }
        return args.length == 0 ? pattern : String.format(locale, pattern, args);
    }
}
