package io.github.musicbutler.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSML as a person hears it: tags dropped ({@code <break>} is a pause, so a space), XML entities unescaped.
 * Hand-written because the skill's SSML is flat ({@code <speak>} around escaped text, the odd tag inside): an XML
 * parser would add failure modes (fragments, undeclared entities) for no gain.
 */
final class SpokenText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private SpokenText() {
    }

    static String of(String ssml) {
        if (ssml == null) {
            return "";
        }
        String text = TAG.matcher(ssml).replaceAll(" ");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        text = numeric.replaceAll(entity -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16))));
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").replaceAll(" ([,.!?;:])", "$1").strip();
    }
}
